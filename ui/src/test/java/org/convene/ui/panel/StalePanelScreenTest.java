package org.convene.ui.panel;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.convene.coordination.panel.api.ExploitationType;
import org.convene.coordination.panel.api.PanelIds;
import org.convene.coordination.panel.api.PanelRiskLevel;
import org.convene.coordination.panel.api.RecordPanelDiscussionCommand;
import org.convene.coordination.shared.api.Roles;
import org.convene.coordination.shared.api.TextRules;
import org.convene.query.panel.api.FindPanelCaseQuery;
import org.convene.query.panel.api.PanelAgenda;
import org.convene.query.panel.api.PanelCaseDetails;
import org.convene.testsupport.Eventually;
import org.convene.testsupport.TestUsers;
import org.convene.ui.KaribuViewTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.model.Filters;
import com.vaadin.flow.component.button.Button;

/**
 * Issue 14 item 7 at the panel: the chair opens a young person's outcome form from the agenda;
 * meanwhile a deputy chair records the outcome; the chair's outcome is refused naming the deputy
 * and the risk they agreed, and nothing of it is stored.
 */
class StalePanelScreenTest extends KaribuViewTestBase {

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

    @Test
    void anOutcomeFromAFormOpenedBeforeTheDeputysOutcomeIsRefusedNamingThemAndNothingIsStored() throws Exception {
        String name = "Stale Outcome " + UUID.randomUUID().toString().substring(0, 6);
        String childId = PanelFixtures.referredToPanel(commandGateway, users, name, ExploitationType.CRIMINAL,
                "Seen with older males at the station. Fictitious.");
        String meetingId = PanelFixtures.meetingWithOnItsAgenda(commandGateway, queryGateway, users, today(), childId,
                TIMEOUT);

        loginAs("panel.chair");
        PanelAgendaView view = PanelFixtures.openAgenda(meetingId);
        PanelAgenda.Item item = view.agenda.items().stream().filter(i -> i.childId().equals(childId)).findFirst()
                .orElseThrow();
        PanelOutcomeDialog dialog = view.openOutcome(item);

        // meanwhile the deputy chair records the outcome
        TestUsers.run(users, "panel.deputy", () -> {
            commandGateway.sendAndWait(new RecordPanelDiscussionCommand(childId, UUID.randomUUID().toString(), meetingId,
                    today(), PanelRiskLevel.HIGH, "Deputy's rationale. Fictitious.", null, List.of(), List.of(),
                    List.of(), today().plusDays(28), null, null));
            Eventually.answer(queryGateway, new FindPanelCaseQuery(childId), PanelCaseDetails.class,
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
        assertThat(Eventually.answer(queryGateway, new FindPanelCaseQuery(childId), PanelCaseDetails.class,
                d -> d != null, TIMEOUT).riskLevel()).isEqualTo(PanelRiskLevel.HIGH);

        _click(_get(dialog, Button.class, spec -> spec.withId("outcome-reload")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.agenda.items().stream().filter(i -> i.childId().equals(childId)).findFirst().orElseThrow()
                .agreedRiskLevel()).as("the reloaded agenda shows the deputy's outcome").isEqualTo(PanelRiskLevel.HIGH);
    }
}
