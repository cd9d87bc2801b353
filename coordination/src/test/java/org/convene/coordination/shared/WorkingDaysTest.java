package org.convene.coordination.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.convene.coordination.shared.api.WorkingDays;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays days = WorkingDays.ENGLAND;

    private static Instant uk(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingDays.UK).toInstant();
    }

    @Test
    void weekendsAndEnglishBankHolidaysAreNotWorkingDays() {
        assertThat(days.isWorkingDay(LocalDate.of(2026, 11, 23))).isTrue();   // Monday
        assertThat(days.isWorkingDay(LocalDate.of(2026, 11, 21))).isFalse();  // Saturday
        assertThat(days.isWorkingDay(LocalDate.of(2026, 11, 22))).isFalse();  // Sunday
        assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();  // Christmas Day (Friday)
        assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();  // Boxing Day substitute (Monday)
        assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 3))).isFalse();    // Good Friday
        assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 6))).isFalse();    // Easter Monday
        assertThat(days.isBankHoliday(LocalDate.of(2026, 8, 31))).isTrue();   // Summer bank holiday
        assertThat(days.covers(LocalDate.of(2027, 6, 1))).isTrue();
        assertThat(days.covers(LocalDate.of(2030, 6, 1))).isFalse();
    }

    @Test
    void theNextWorkingDaySkipsWeekendsAndBankHolidays() {
        assertThat(days.addWorkingDays(LocalDate.of(2026, 11, 20), 1)).isEqualTo(LocalDate.of(2026, 11, 23)); // Fri→Mon
        assertThat(days.addWorkingDays(LocalDate.of(2026, 11, 21), 1)).isEqualTo(LocalDate.of(2026, 11, 23)); // Sat→Mon
        assertThat(days.addWorkingDays(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 29)); // Christmas
        assertThat(days.addWorkingDays(LocalDate.of(2026, 4, 2), 1)).isEqualTo(LocalDate.of(2026, 4, 7));     // Easter
        assertThat(days.addWorkingDays(LocalDate.of(2026, 11, 23), 5)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(days.workingDaysBetween(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31))).isEqualTo(3);
        assertThat(days.workingDaysBetween(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23))).isZero();
    }

    @Test
    void aReferralIsDueForDecisionByTheEndOfTheFirstWorkingDayAfterReceipt() {
        // Monday morning: due by the end of Tuesday.
        assertThat(days.screeningDueBy(uk("2026-11-23T09:30"))).isEqualTo(uk("2026-11-25T00:00"));
        // Friday evening: due by the end of Monday.
        assertThat(days.screeningDueBy(uk("2026-11-20T23:50"))).isEqualTo(uk("2026-11-24T00:00"));
        // Saturday: due by the end of Monday.
        assertThat(days.screeningDueBy(uk("2026-11-21T10:00"))).isEqualTo(uk("2026-11-24T00:00"));
        // Christmas Eve 2026 (Thursday): Christmas Day and the Boxing Day substitute intervene.
        assertThat(days.screeningDueBy(uk("2026-12-24T15:00"))).isEqualTo(uk("2026-12-30T00:00"));
        // Thursday before Easter: Good Friday and Easter Monday intervene.
        assertThat(days.screeningDueBy(uk("2026-04-02T11:00"))).isEqualTo(uk("2026-04-08T00:00"));
    }

    @Test
    void withinOneWorkingDayIsJudgedAtTheUkMidnightBoundary() {
        Instant received = uk("2026-11-20T16:00");                                   // Friday
        assertThat(days.withinOneWorkingDay(received, uk("2026-11-23T23:59"))).isTrue();  // Monday late
        assertThat(days.withinOneWorkingDay(received, uk("2026-11-24T00:00"))).isFalse(); // Tuesday
        // Clocks change on 2026-10-25: the boundary is UK local midnight, not UTC.
        Instant beforeChange = uk("2026-10-23T10:00");                               // Friday (BST)
        assertThat(days.screeningDueBy(beforeChange)).isEqualTo(uk("2026-10-27T00:00"));
    }
}
