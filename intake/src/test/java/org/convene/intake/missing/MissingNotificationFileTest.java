package org.convene.intake.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import org.convene.coordination.missing.api.CareAbsenceType;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.intake.missing.MissingNotificationFile.Notification;
import org.convene.intake.ParsingClock;
import org.junit.jupiter.api.Test;

/** Missing notification rows into commands: pure, no application. */
class MissingNotificationFileTest {

    private static List<Notification> read(String csv) {
        return MissingNotificationFile.read(new StringReader(csv), ParsingClock.NOW);
    }

    @Test
    void aRowIsAnEpisodeOfItsChildWithItsReturn() {
        Notification n = read("""
                police_reference,child_name,child_dob,missing_from,care_type,last_seen_at,risk_level,returned_at,where_found
                mp/1,Eli Ford,2012-06-06,care,m,2026-03-01T21:00:00Z,medium,2026-03-02T08:00:00Z,friend's house
                """).get(0);

        assertThat(n.refused()).as(n.row().problems().toString()).isFalse();
        assertThat(n.child().lookedAfter()).as("missing from care: looked after").isTrue();
        assertThat(n.episode().episodeId()).isEqualTo(MissingNotificationFile.episodeIdFor("MP/1"));
        assertThat(n.episode().childId()).isEqualTo(n.child().childId()).isEqualTo(
                MissingNotificationFile.childIdFor("MP/1", "Eli Ford", java.time.LocalDate.of(2012, 6, 6)));
        assertThat(n.episode().missingFrom()).isEqualTo(MissingFrom.CARE);
        assertThat(n.episode().careAbsenceType()).isEqualTo(CareAbsenceType.M);
        assertThat(n.episode().riskLevel()).isEqualTo(MissingRiskLevel.MEDIUM);
        assertThat(n.childReturned().episodeId()).isEqualTo(n.episode().episodeId());
        assertThat(n.childReturned().whereFound()).isEqualTo("friend's house");
    }

    @Test
    void coordinationsRulesJudgeARowThatReadsCleanly() {
        List<Notification> rows = read("""
                police_reference,child_name,missing_from,care_type,last_seen_at,risk_level,returned_at
                MP/2,Eli Ford,home,A,2026-03-01T21:00:00Z,low,
                MP/3,Eli Ford,home,,2026-03-01T21:00:00Z,low,2026-03-01T20:00:00Z
                MP/4,Eli Ford,home,,2025-01-01T21:00:00Z,low,
                """);

        assertThat(rows.get(0).row().problems()).containsExactly("M and A apply only to a child missing from care.");
        assertThat(rows.get(1).row().problems()).containsExactly("The return cannot be before the child was last seen.");
        assertThat(rows.get(2).row().problems()).containsExactly("The time last seen is more than a year ago.");
    }

    @Test
    void aBadRowIsListedWithEveryProblem() {
        List<Notification> rows = read("""
                police_reference,child_name,child_dob,looked_after,missing_from,last_seen_at,risk_level
                MP/5,Eli Ford,2015-02-30,maybe,school,31/02/2026 09:00,severe
                MP/6,Eli Ford,,no,care,2026-03-01T21:00:00Z,low
                MP/5,Eli Ford,,,home,2026-03-01T21:00:00Z,low
                """);

        assertThat(rows.get(0).row().problems()).anyMatch(p -> p.contains("'2015-02-30' is not a real date"))
                .anyMatch(p -> p.contains("'maybe' is not yes or no"))
                .anyMatch(p -> p.contains("'school' is not known"))
                .anyMatch(p -> p.contains("'31/02/2026 09:00' is not a real date"))
                .anyMatch(p -> p.contains("'severe' is not known"));
        assertThat(rows.get(1).row().problems()).containsExactly(
                "A child missing from care is looked after: looked_after cannot be no.",
                "For a child missing from care the care_type is required: M (missing) or A (away from placement "
                        + "without authorisation).");
        assertThat(rows.get(2).row().problems()).containsExactly(
                "The police reference is already on row 2 (one row is one missing episode).");
    }
}
