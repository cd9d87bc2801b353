package org.convene.query.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.query.testsupport.PanelEvents.action;
import static org.convene.query.testsupport.PanelEvents.closed;
import static org.convene.query.testsupport.PanelEvents.discussed;
import static org.convene.query.testsupport.PanelEvents.done;
import static org.convene.query.testsupport.PanelEvents.joined;
import static org.convene.query.testsupport.PanelEvents.mergedIn;
import static org.convene.query.testsupport.PanelEvents.opened;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.convene.coordination.panel.api.ActionHeading;
import org.convene.coordination.panel.api.ClosureReason;
import org.convene.coordination.panel.api.PanelDiscussionType;
import org.convene.coordination.panel.api.PanelRiskLevel;
import org.convene.coordination.shared.api.TextRules;
import org.convene.query.audit.api.AccessPurpose;
import org.convene.query.chronology.api.ChronologyEntry;
import org.convene.query.chronology.api.FindChildChronologyQuery;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Panel referrals, joined concerns, discussions, actions and closure in a child's chronology. */
class PanelChronologyTest {

    private static final LocalDate MEETING = LocalDate.of(2026, 10, 14);
    private static final Instant REFERRED = Instant.parse("2026-10-01T09:30:00Z");

    @AutoClose
    private final ChronologyOnAnEmptyStore chronologies = new ChronologyOnAnEmptyStore();

    @Test
    void panelEntriesAreFiledWhenTheyHappenedAndOnceOnRedelivery() {
        Instant recordedNextDay = MEETING.plusDays(1).atTime(16, 0).atZone(TextRules.UK).toInstant();
        var discussion = discussed("c1", 1, "d-1", "m-1", MEETING, PanelDiscussionType.NEW, PanelRiskLevel.MEDIUM,
                PanelRiskLevel.HIGH, MEETING.plusDays(28), REFERRED, recordedNextDay);
        chronologies.apply(closed("c1", 1, ClosureReason.RISK_REDUCED, MEETING.plusDays(40), List.of(),
                        MEETING.plusDays(40).atTime(11, 0).atZone(TextRules.UK).toInstant()),
                done("c1", 1, "a-1", "northshire-police", MEETING.plusDays(7), MEETING.plusDays(5),
                        MEETING.plusDays(6).atTime(9, 0).atZone(TextRules.UK).toInstant()),
                action("c1", 1, "a-1", ActionHeading.PROTECT, "northshire-police", MEETING, MEETING.plusDays(7),
                        recordedNextDay),
                discussion,
                joined("c1", 1, "pr-2", REFERRED.plusSeconds(86_400 * 3)),
                opened("c1", 1, "pr-1", PanelRiskLevel.MEDIUM, REFERRED));
        chronologies.apply(discussion);

        List<ChronologyEntry> entries = chronologies.projection.handle(new FindChildChronologyQuery("c1", AccessPurpose.PANEL), "panel.chair",
                "northshire-csc");
        assertThat(entries).extracting(ChronologyEntry::kind).containsExactly("PANEL_REFERRAL",
                "PANEL_CONCERN_JOINED", "PANEL_DISCUSSION", "PANEL_ACTION_AGREED", "PANEL_ACTION_DONE",
                "PANEL_CASE_CLOSED");
        ChronologyEntry discussed = entries.get(2);
        assertThat(discussed.occurredAt()).isEqualTo(MEETING.atTime(12, 0).atZone(TextRules.UK).toInstant());
        assertThat(discussed.recordedAt()).isEqualTo(recordedNextDay);
        assertThat(discussed.summary()).contains("(new)", "risk medium to high", "Northgate bus station",
                "Canal Street group", "Next review 11 Nov 2026");
        assertThat(discussed.key()).isTrue();
        assertThat(entries.get(0).summary()).contains("agency referral", "criminal exploitation", "initial risk medium");
        assertThat(entries.get(1).agencyId()).isNull();
        assertThat(entries.get(3).summary()).contains("Protect", "due 21 Oct 2026");
        assertThat(entries.get(4).summary()).contains("on time");
        assertThat(entries.get(5).summary()).contains("risk reduced");
    }

    @Test
    void aMergedRecordsPanelCaseShowsOnTheSurvivorsChronologyOnceWithItsClosureAsMerged() {
        Instant mergedAt = MEETING.plusDays(2).atTime(10, 0).atZone(TextRules.UK).toInstant();
        chronologies.apply(opened("c1", 1, "pr-1", PanelRiskLevel.MEDIUM, REFERRED),
                opened("c2", 1, "pr-2", PanelRiskLevel.HIGH, REFERRED.plusSeconds(3600)),
                org.convene.query.testsupport.ScreeningEvents.merged("c2", "c1", mergedAt));
        var in = mergedIn("c1", 1, false, "c2", "pr-2", REFERRED, PanelRiskLevel.HIGH, false, MEETING,
                "a-2", MEETING.minusDays(1), MEETING.plusDays(7), mergedAt.plusSeconds(1));
        var closure = closed("c2", 1, ClosureReason.MERGED, MEETING.plusDays(2), List.of(), mergedAt.plusSeconds(1));
        chronologies.apply(in, closure, in, closure);   // redelivered: once

        List<ChronologyEntry> entries = chronologies.projection.handle(new FindChildChronologyQuery("c2", AccessPurpose.PANEL),
                "panel.chair", "northshire-csc");
        assertThat(entries).extracting(ChronologyEntry::kind).containsExactly("PANEL_REFERRAL", "PANEL_REFERRAL",
                "RECORD_MERGED", "PANEL_CASE_MERGED", "PANEL_CASE_CLOSED");
        assertThat(entries.get(3).childId()).isEqualTo("c1");
        assertThat(entries.get(3).summary()).contains("merged record c2", "joined this record's open panel case",
                "1 referral", "1 open action", "risk now high", "next review 14 Oct 2026");
        assertThat(entries.get(4).summary()).contains("merged into the surviving record's case");
    }
}
