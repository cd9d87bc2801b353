package org.convene.ui.panel;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.coordination.panel.api.ExploitationType;
import org.convene.coordination.panel.api.PanelIds;
import org.convene.coordination.panel.api.PanelRiskLevel;
import org.convene.coordination.panel.api.RecordPanelDiscussionCommand;
import org.convene.coordination.panel.api.ReferYoungPersonToPanelCommand;
import org.convene.coordination.panel.api.SchedulePanelMeetingCommand;
import org.convene.coordination.shared.api.Roles;
import org.convene.coordination.shared.api.TextRules;
import org.convene.query.panel.api.FindPanelAgendaQuery;
import org.convene.query.panel.api.FindPanelCaseQuery;
import org.convene.query.panel.api.PanelAgenda;
import org.convene.query.panel.api.PanelCaseDetails;
import org.convene.testsupport.Eventually;
import org.convene.testsupport.TestUsers;
import org.convene.ui.KaribuViewTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.model.Filters;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouteParameters;

/**
 * Issue 14 item 7 at the panel: the chair opens a young person's outcome form from the agenda;
 * meanwhile a deputy chair records the outcome; the chair's outcome is refused naming the deputy
 * and the risk they agreed, and nothing of it is stored.
 */
class StalePanelScreenTest extends KaribuViewTestBase {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    private CommandGateway commands;
    @Autowired
    private QueryGateway queries;
    @Autowired
    private MongoTemplate mongo;

    /** A second panel chair, from the police (the demo users have one). */
    @BeforeEach
    void deputyChair() {
        TestUsers.ensure(mongo, "panel.deputy", "Sam Reed (deputy panel chair)", "northshire-police",
                Roles.PANEL_CHAIR);
    }

    private static LocalDate today() {
        return LocalDate.now(TextRules.UK);
    }

    private long eventsOf(String childId) {
        return mongo.getCollection("domainevents")
                .countDocuments(Filters.eq("aggregateIdentifier", PanelIds.recordOf(childId)));
    }

    private <T> T query(Object query, Class<T> type) {
        try {
            return queries.query(query, ResponseTypes.instanceOf(type)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            return null;
        }
    }

    @Test
    void anOutcomeFromAFormOpenedBeforeTheDeputysOutcomeIsRefusedNamingThemAndNothingIsStored() throws Exception {
        String name = "Stale Outcome " + UUID.randomUUID().toString().substring(0, 6);
        String childId = UUID.randomUUID().toString();
        String meetingId = UUID.randomUUID().toString();
        TestUsers.run(users, "police.screener", () -> commands.sendAndWait(new RegisterChildCommand(childId, name,
                today().minusYears(15), false, "2", "WBRI", "Eastbridge", List.of(), false)));
        TestUsers.run(users, "panel.member", () -> commands.sendAndWait(new ReferYoungPersonToPanelCommand(childId,
                UUID.randomUUID().toString(), List.of(ExploitationType.CRIMINAL), PanelRiskLevel.MEDIUM,
                "Seen with older males at the station. Fictitious.")));
        TestUsers.run(users, "panel.chair", () -> {
            commands.sendAndWait(new SchedulePanelMeetingCommand(meetingId, today(), LocalTime.of(10, 0),
                    "Chris Lyle", "Room 2"));
            Eventually.await(() -> query(new FindPanelAgendaQuery(meetingId), PanelAgenda.class),
                    a -> a != null && a.items().stream().anyMatch(i -> i.childId().equals(childId)), TIMEOUT);
        });

        loginAs("panel.chair");
        UI.getCurrent().navigate(PanelAgendaView.class, new RouteParameters(PanelAgendaView.MEETING_ID, meetingId));
        PanelAgendaView view = _get(PanelAgendaView.class);
        PanelAgenda.Item item = view.agenda.items().stream().filter(i -> i.childId().equals(childId)).findFirst()
                .orElseThrow();
        PanelOutcomeDialog dialog = view.openOutcome(item);

        // meanwhile the deputy chair records the outcome
        TestUsers.run(users, "panel.deputy", () -> {
            commands.sendAndWait(new RecordPanelDiscussionCommand(childId, UUID.randomUUID().toString(), meetingId,
                    today(), PanelRiskLevel.HIGH, "Deputy's rationale. Fictitious.", null, List.of(), List.of(),
                    List.of(), today().plusDays(28), null, null));
            Eventually.await(() -> query(new FindPanelCaseQuery(childId), PanelCaseDetails.class),
                    d -> d != null && !d.discussions().isEmpty(), TIMEOUT);
        });
        long before = eventsOf(childId);

        _setValue(dialog.risk, PanelRiskLevel.LOW);
        _setValue(dialog.rationale, "My rationale. Fictitious.");
        _click(dialog.save);

        assertThat(dialog.errors.getElement().getTextRecursively())
                .startsWith("While you had this open, panel.deputy (Northshire Police) recorded the panel's outcome "
                        + "(risk high) at ")
                .contains("Nothing of yours was saved: reload to see it and record the outcome again.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(eventsOf(childId)).as("nothing of the refused outcome is stored").isEqualTo(before);
        assertThat(query(new FindPanelCaseQuery(childId), PanelCaseDetails.class).riskLevel())
                .isEqualTo(PanelRiskLevel.HIGH);

        _click(_get(dialog, Button.class, spec -> spec.withId("outcome-reload")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.agenda.items().stream().filter(i -> i.childId().equals(childId)).findFirst().orElseThrow()
                .agreedRiskLevel()).as("the reloaded agenda shows the deputy's outcome").isEqualTo(PanelRiskLevel.HIGH);
    }
}
