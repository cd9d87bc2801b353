package org.convene.query.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.query.testsupport.MissingEvents.reported;
import static org.convene.query.testsupport.MissingEvents.returned;
import static org.convene.query.testsupport.ScreeningEvents.CHAIR;
import static org.convene.query.testsupport.ScreeningEvents.POLICE;
import static org.convene.query.testsupport.ScreeningEvents.decided;
import static org.convene.query.testsupport.ScreeningEvents.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.convene.coordination.missing.api.InterviewOutcome;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.missing.api.ReturnInterviewOutcomeRecordedEvent;
import org.convene.query.testsupport.MissingEvents;
import org.convene.coordination.referral.api.AdultRole;
import org.convene.coordination.referral.api.DashLevel;
import org.convene.coordination.referral.api.InvolvedAdult;
import org.convene.coordination.referral.api.ReferralReceivedEvent;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.coordination.referral.api.ScreeningDecisionRecordedEvent;
import org.convene.coordination.referral.api.ScreeningResponse;
import org.convene.query.audit.api.AccessPurpose;
import org.convene.query.audit.api.FindChildAccessLogQuery;
import org.convene.query.chronology.api.ChronologyEntry;
import org.convene.query.chronology.api.ChronologyFilter;
import org.convene.query.chronology.api.FindChildChronologyQuery;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The chronology "as known on" a date, for case reviews: only what had been recorded by the end of
 * that UK day, shown in the order things happened. Some things here were recorded late: a referral
 * that happened on 4 March was entered on 12 March, and a return interview held on 7 March was
 * written up on 14 March.
 */
class ChronologyAsKnownOnTest {

    @AutoClose
    private final ChronologyOnAnEmptyStore chronologies = new ChronologyOnAnEmptyStore();

    private static ReferralReceivedEvent referral(String id, Instant happened, Instant recorded) {
        return new ReferralReceivedEvent(id, happened, "6", ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION,
                LocalDate.of(2026, 3, 1), List.of("c1"), List.of(new InvolvedAdult("Pat Example", AdultRole.VICTIM)),
                List.of("3A"), DashLevel.MEDIUM, "Fictitious.", false, "OCC-" + id, POLICE, recorded);
    }

    @BeforeEach
    void history() {
        Instant lastSeen = Instant.parse("2026-03-05T20:00:00Z");
        Instant back = Instant.parse("2026-03-06T10:00:00Z");
        chronologies.apply(
                referral("r1", Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("2026-03-02T09:10:00Z")),
                decided("r1", "d1", Instant.parse("2026-03-03T10:00:00Z")),
                // happened 4 March, recorded 12 March at 15:00 UTC
                referral("r2", Instant.parse("2026-03-04T09:00:00Z"), Instant.parse("2026-03-12T15:00:00Z")),
                reported("e1", "c1", null, lastSeen, MissingRiskLevel.MEDIUM), // recorded an hour after last seen
                returned("e1", "c1", back),
                // held 7 March (happenedAt), written up 14 March
                new ReturnInterviewOutcomeRecordedEvent("e1", "c1", InterviewOutcome.COMPLETED,
                        Instant.parse("2026-03-07T11:00:00Z"), null, null, true, MissingEvents.WORKER,
                        Instant.parse("2026-03-14T16:00:00Z")),
                // decided 29 March 23:30 UTC = 30 March 00:30 UK summer time
                new ScreeningDecisionRecordedEvent("r2", "d2", decision(ScreeningResponse.EARLY_HELP), CHAIR,
                        Instant.parse("2026-03-29T23:30:00Z")));
    }

    private List<ChronologyEntry> everything() {
        return chronologies.projection.handle(new FindChildChronologyQuery("c1", AccessPurpose.CASE_REVIEW), "reviewer", "northshire-csc");
    }

    @Test
    void showsOnlyWhatHadBeenRecordedByTheEndOfTheDayInTheOrderThingsHappened() {
        List<ChronologyEntry> all = everything();
        assertThat(all).extracting(ChronologyEntry::kind).containsExactly("REFERRAL", "DECISION", "REFERRAL",
                "MISSING_REPORTED", "MISSING_RETURNED", "RETURN_INTERVIEW_OUTCOME", "DECISION");

        ChronologyFilter tenth = ChronologyFilter.asKnownOn(LocalDate.of(2026, 3, 10));
        assertThat(tenth.apply(all)).extracting(ChronologyEntry::kind, ChronologyEntry::referralId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("REFERRAL", "r1"),
                        org.assertj.core.groups.Tuple.tuple("DECISION", "r1"),
                        org.assertj.core.groups.Tuple.tuple("MISSING_REPORTED", null),
                        org.assertj.core.groups.Tuple.tuple("MISSING_RETURNED", null));
        assertThat(tenth.hiddenAsNotYetRecorded(all)).isEqualTo(3);

        // the late referral appears on the day it was recorded, filed where it happened (4 March)
        assertThat(ChronologyFilter.asKnownOn(LocalDate.of(2026, 3, 11)).apply(all)).extracting(ChronologyEntry::referralId)
                .doesNotContain("r2");
        assertThat(ChronologyFilter.asKnownOn(LocalDate.of(2026, 3, 12)).apply(all))
                .extracting(ChronologyEntry::kind, ChronologyEntry::referralId).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("REFERRAL", "r1"),
                        org.assertj.core.groups.Tuple.tuple("DECISION", "r1"),
                        org.assertj.core.groups.Tuple.tuple("REFERRAL", "r2"),
                        org.assertj.core.groups.Tuple.tuple("MISSING_REPORTED", null),
                        org.assertj.core.groups.Tuple.tuple("MISSING_RETURNED", null));
        assertThat(ChronologyFilter.asKnownOn(LocalDate.of(2026, 3, 13)).apply(all))
                .extracting(ChronologyEntry::kind).doesNotContain("RETURN_INTERVIEW_OUTCOME");
        assertThat(ChronologyFilter.asKnownOn(LocalDate.of(2026, 3, 14)).apply(all))
                .extracting(ChronologyEntry::kind).contains("RETURN_INTERVIEW_OUTCOME");
    }

    @Test
    void theDayEndsAtMidnightUkTimeNotUtc() {
        List<ChronologyEntry> all = everything();
        // 23:30 UTC on 29 March 2026 is 00:30 on 30 March in British Summer Time
        assertThat(ChronologyFilter.asKnownOn(LocalDate.of(2026, 3, 29)).apply(all)).hasSize(6);
        assertThat(ChronologyFilter.asKnownOn(LocalDate.of(2026, 3, 30)).apply(all)).hasSize(7);
    }

    @Test
    void filtersByAgencyKindKeyAndWhenThingsHappened() {
        List<ChronologyEntry> all = everything();
        assertThat(new ChronologyFilter(Set.of("northshire-police"), Set.of(), null, null, false, null).apply(all))
                .extracting(ChronologyEntry::kind).containsExactly("REFERRAL", "REFERRAL", "MISSING_REPORTED",
                        "MISSING_RETURNED");
        assertThat(new ChronologyFilter(Set.of(), Set.of("DECISION"), null, null, false, null).apply(all))
                .extracting(ChronologyEntry::referralId).containsExactly("r1", "r2");
        assertThat(new ChronologyFilter(Set.of(), Set.of(), null, null, true, null).apply(all))
                .allMatch(ChronologyEntry::key).extracting(ChronologyEntry::kind).containsExactly("DECISION", "DECISION");
        // happened 4 to 6 March inclusive: the late referral (4th), the missing report (5th), the return (6th)
        assertThat(new ChronologyFilter(Set.of(), Set.of(), LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 6), false,
                null).apply(all)).extracting(ChronologyEntry::kind)
                .containsExactly("REFERRAL", "MISSING_REPORTED", "MISSING_RETURNED");
        // filters combine with the as-known-on date
        assertThat(new ChronologyFilter(Set.of("northshire-police"), Set.of(), null, null, false,
                LocalDate.of(2026, 3, 10)).apply(all)).hasSize(3);
    }

    @Test
    void refusesAToDateBeforeTheFromDate() {
        assertThatThrownBy(() -> new ChronologyFilter(Set.of(), Set.of(), LocalDate.of(2026, 3, 5),
                LocalDate.of(2026, 3, 4), false, null)).hasMessageContaining("before");
    }

    @Test
    void openingTheChronologyAddsExactlyOneAccessLogEntryAndNoPurposeNoChronology() {
        everything();
        assertThat(chronologies.accessLog.handle(new FindChildAccessLogQuery("c1"))).singleElement()
                .satisfies(a -> assertThat(a.userId()).isEqualTo("reviewer"))
                .satisfies(a -> assertThat(a.purpose()).isEqualTo(AccessPurpose.CASE_REVIEW));

        assertThatThrownBy(() -> chronologies.projection.handle(new FindChildChronologyQuery("c1", null), "reviewer",
                "northshire-csc")).isInstanceOf(IllegalArgumentException.class);
        assertThat(chronologies.accessLog.handle(new FindChildAccessLogQuery("c1"))).hasSize(1);
    }
}
