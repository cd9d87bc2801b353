package org.convene.testsupport;

import static org.convene.coordination.shared.api.TextRules.UK;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.missing.api.ReportMissingEpisodeCommand;
import org.convene.coordination.panel.api.ExploitationType;
import org.convene.coordination.panel.api.PanelRiskLevel;
import org.convene.coordination.panel.api.ReferYoungPersonToPanelCommand;
import org.convene.coordination.panel.api.SchedulePanelMeetingCommand;
import org.convene.infra.security.MongoUserDetailsService;
import org.convene.query.child.api.ChildDetails;
import org.convene.query.child.api.FindChildQuery;
import org.convene.query.panel.api.FindOpenPanelCasesQuery;
import org.convene.query.panel.api.FindPanelCaseQuery;
import org.convene.query.panel.api.PanelCaseDetails;
import org.convene.query.panel.api.PanelCaseSummary;

/**
 * A fictitious young person recorded the way intake does (a 14-year-old's child record, then missing
 * episodes reported by the police, as police.screener), and their panel case as the panel sees it.
 */
public final class TestChildren {

    private TestChildren() {
    }

    /** A new child record of this name; answers the child's id. */
    public static String registered(CommandGateway commands, MongoUserDetailsService users, String name)
            throws Exception {
        String childId = UUID.randomUUID().toString();
        TestUsers.run(users, "police.screener", () -> commands.sendAndWait(new RegisterChildCommand(childId, name,
                LocalDate.now().minusYears(14), false, "1", "WBRI", "Northtown", List.of(), false)));
        return childId;
    }

    /**
     * A child with a record that the read side shows already (so forms offer it as a match), as
     * police.screener; answers the child's id.
     */
    public static String withAReadableRecord(CommandGateway commands, QueryGateway queries,
                                             MongoUserDetailsService users, String name, LocalDate born)
            throws Exception {
        String childId = UUID.randomUUID().toString();
        TestUsers.run(users, "police.screener", () -> {
            commands.sendAndWait(new RegisterChildCommand(childId, name, born, false, null, null, "Northtown",
                    List.of(), false));
            Eventually.answer(queries, new FindChildQuery(childId), ChildDetails.class, Objects::nonNull,
                    Duration.ofSeconds(60));
        });
        return childId;
    }

    /**
     * A young person on a panel meeting's agenda: a 15-year-old's record, referred to the
     * exploitation panel (online exploitation, low risk), and a panel meeting tomorrow at 10:00.
     */
    public static OnTheAgenda onThePanelAgenda(CommandGateway commands, MongoUserDetailsService users, String name)
            throws Exception {
        OnTheAgenda young = new OnTheAgenda(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        LocalDate today = LocalDate.now(UK);
        TestUsers.run(users, "police.screener", () -> commands.sendAndWait(new RegisterChildCommand(young.childId(),
                name, today.minusYears(15), false, "1", "WBRI", "Northtown", List.of(), false)));
        TestUsers.run(users, "panel.member", () -> commands.sendAndWait(new ReferYoungPersonToPanelCommand(
                young.childId(), UUID.randomUUID().toString(), List.of(ExploitationType.ONLINE), PanelRiskLevel.LOW,
                "Fictitious.")));
        TestUsers.run(users, "panel.chair", () -> commands.sendAndWait(new SchedulePanelMeetingCommand(
                young.meetingId(), today.plusDays(1), LocalTime.of(10, 0), "Chris Lyle", "Room 2")));
        return young;
    }

    /** A young person's record and the panel meeting whose agenda holds them. */
    public record OnTheAgenda(String childId, String meetingId) {
    }

    /** The child reported missing from home, last seen then; answers the episode's id. */
    public static String missing(CommandGateway commands, MongoUserDetailsService users, String childId,
                                 Instant lastSeenAt, MissingRiskLevel risk) throws Exception {
        String episodeId = UUID.randomUUID().toString();
        TestUsers.run(users, "police.screener", () -> commands.sendAndWait(new ReportMissingEpisodeCommand(episodeId,
                childId, MissingFrom.HOME, null, lastSeenAt, "NP-" + episodeId.substring(0, 8), risk, "Mother",
                "Did not come home. Fictitious.", "Northtown")));
        return episodeId;
    }

    /** The child's panel case as a panel member sees it (null while there is none). */
    public static PanelCaseDetails panelCaseOf(QueryGateway queries, MongoUserDetailsService users, String childId) {
        try {
            return TestUsers.as(users, "panel.member", () -> queries.query(new FindPanelCaseQuery(childId),
                    ResponseTypes.instanceOf(PanelCaseDetails.class)).join());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The open panel cases, as the panel chair sees them. */
    public static List<PanelCaseSummary> openPanelCases(QueryGateway queries, MongoUserDetailsService users) {
        try {
            return TestUsers.as(users, "panel.chair", () -> queries.query(new FindOpenPanelCasesQuery(),
                    ResponseTypes.multipleInstancesOf(PanelCaseSummary.class)).join());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
