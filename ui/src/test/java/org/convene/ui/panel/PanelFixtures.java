package org.convene.ui.panel;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.coordination.panel.api.ExploitationType;
import org.convene.coordination.panel.api.PanelRiskLevel;
import org.convene.coordination.panel.api.ReferYoungPersonToPanelCommand;
import org.convene.coordination.panel.api.SchedulePanelMeetingCommand;
import org.convene.coordination.shared.api.TextRules;
import org.convene.infra.security.MongoUserDetailsService;
import org.convene.query.panel.api.FindPanelAgendaQuery;
import org.convene.query.panel.api.PanelAgenda;
import org.convene.testsupport.Eventually;
import org.convene.testsupport.TestUsers;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;

/** The states the panel view tests start from. */
final class PanelFixtures {

    private PanelFixtures() {
    }

    /**
     * A young person of 15 from Eastbridge, registered by the police screener and referred to the
     * panel by the police panel member at medium risk; answers the child id.
     */
    static String referredToPanel(CommandGateway commands, MongoUserDetailsService users, String name,
                                  ExploitationType exploitation, String concern) throws Exception {
        String childId = UUID.randomUUID().toString();
        TestUsers.run(users, "police.screener", () -> commands.sendAndWait(new RegisterChildCommand(childId, name,
                LocalDate.now(TextRules.UK).minusYears(15), false, "2", "WBRI", "Eastbridge", List.of(), false)));
        TestUsers.run(users, "panel.member", () -> commands.sendAndWait(new ReferYoungPersonToPanelCommand(childId,
                UUID.randomUUID().toString(), List.of(exploitation), PanelRiskLevel.MEDIUM, concern)));
        return childId;
    }

    /**
     * A panel meeting on this day (10:00, chaired by Chris Lyle in Room 2), once its agenda holds the
     * young person; answers the meeting id.
     */
    static String meetingWithOnItsAgenda(CommandGateway commands, QueryGateway queries,
                                         MongoUserDetailsService users, LocalDate on, String childId,
                                         Duration timeout) throws Exception {
        String meetingId = UUID.randomUUID().toString();
        TestUsers.run(users, "panel.chair", () -> {
            commands.sendAndWait(new SchedulePanelMeetingCommand(meetingId, on, LocalTime.of(10, 0), "Chris Lyle",
                    "Room 2"));
            Eventually.answer(queries, new FindPanelAgendaQuery(meetingId), PanelAgenda.class,
                    a -> a != null && a.items().stream().anyMatch(i -> i.childId().equals(childId)), timeout);
        });
        return meetingId;
    }

    /** Opens the meeting's agenda as the user signed in. */
    static PanelAgendaView openAgenda(String meetingId) {
        UI.getCurrent().navigate(PanelAgendaView.class, new RouteParameters(PanelAgendaView.MEETING_ID, meetingId));
        return _get(PanelAgendaView.class);
    }
}
