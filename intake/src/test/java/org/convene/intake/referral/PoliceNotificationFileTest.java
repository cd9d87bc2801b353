package org.convene.intake.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.convene.coordination.referral.api.AdultRole;
import org.convene.coordination.referral.api.DashLevel;
import org.convene.coordination.referral.api.InvolvedAdult;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.intake.csv.CsvRow;
import org.convene.intake.referral.PoliceNotificationFile.Notification;
import org.convene.intake.ParsingClock;
import org.junit.jupiter.api.Test;

/** Police notification rows into commands: pure, no application. */
class PoliceNotificationFileTest {

    private static List<Notification> read(String csv) {
        return PoliceNotificationFile.read(new StringReader(csv), ParsingClock.NOW);
    }

    @Test
    void theRowsOfAPoliceReferenceAreOneReferralWithIdsDerivedFromTheReference() {
        List<Notification> notifications = read("""
                police_reference,received_at,incident_date,dash_level,urgent,child_name,child_dob,child_sex,adults,concerns
                np/1 ,02/03/2026 09:30,2026-03-01,high,yes,Ada Brook,2019-04-05,f,Dana Brook (victim);Lee Brook (alleged perpetrator),3A 3B
                NP/1,,,,,Ben Brook,05/06/2017,m,,
                """);

        assertThat(notifications).singleElement().satisfies(n -> {
            assertThat(n.refused()).as(n.rows().get(0).problems().toString()).isFalse();
            assertThat(n.reference()).isEqualTo("NP/1");
            assertThat(n.referral().referralId()).isEqualTo(PoliceNotificationFile.referralIdFor("np/1"));
            assertThat(n.referral().receivedAt()).isEqualTo(Instant.parse("2026-03-02T09:30:00Z"));
            assertThat(n.referral().sourceCode()).isEqualTo("6");
            assertThat(n.referral().type()).isEqualTo(ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION);
            assertThat(n.referral().dashLevel()).isEqualTo(DashLevel.HIGH);
            assertThat(n.referral().urgent()).isTrue();
            assertThat(n.referral().adults()).containsExactly(new InvolvedAdult("Dana Brook", AdultRole.VICTIM),
                    new InvolvedAdult("Lee Brook", AdultRole.ALLEGED_PERPETRATOR));
            assertThat(n.referral().concernCodes()).containsExactly("3A", "3B");
            assertThat(n.children()).extracting(c -> c.fullName(), c -> c.dateOfBirth(), c -> c.sexCode())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Ada Brook", LocalDate.of(2019, 4, 5), "2"),
                            org.assertj.core.groups.Tuple.tuple("Ben Brook", LocalDate.of(2017, 6, 5), "1"));
            assertThat(n.children().get(0).childId())
                    .isEqualTo(PoliceNotificationFile.childIdFor("NP/1", "ada  BROOK", LocalDate.of(2019, 4, 5)));
            assertThat(n.referral().childIds()).containsExactly(n.children().get(0).childId(),
                    n.children().get(1).childId());
        });
    }

    @Test
    void coordinationsRulesJudgeAReferralWhoseRowsReadCleanly() {
        List<Notification> notifications = read("""
                police_reference,received_at,incident_date,child_name,child_dob
                NP/2,2026-03-02T09:30:00Z,2026-03-03,Ada Brook,2019-04-05
                NP/3,2026-03-09T09:30:00Z,,Cal Brook,2030-01-01
                """);

        assertThat(notifications.get(0).rows().get(0).problems()).containsExactly(
                "The incident date cannot be after the referral was received.",
                "Give the DASH risk level for a domestic-abuse notification.");
        assertThat(notifications.get(1).rows().get(0).problems()).contains(
                "The date of birth cannot be in the future (tick 'unborn' for an expected date).",
                "The received date and time cannot be in the future.");
    }

    @Test
    void aBadRowIsListedWithEveryProblemAndRefusesItsReferral() {
        List<Notification> notifications = read("""
                police_reference,received_at,dash_level,child_name,child_dob,child_sex,concerns
                NP/4,31/02/2026 09:00,severe,Ada <b>,2015-02-30,9,9Z
                NP/4,2026-03-02T09:30:00Z,,Ben Brook,2017-06-05,,
                ,2026-03-02T09:30:00Z,,Cal Brook,2017-06-05,,
                """);

        Notification np4 = notifications.get(1);
        assertThat(np4.refused()).isTrue();
        assertThat(np4.rows().get(0).problems()).anyMatch(p -> p.contains("'31/02/2026 09:00' is not a real date"))
                .anyMatch(p -> p.contains("DASH level 'severe' is not known"))
                .anyMatch(p -> p.contains("contains characters not used in names"))
                .anyMatch(p -> p.contains("'2015-02-30' is not a real date"))
                .anyMatch(p -> p.contains("'9' is not a DfE sex code"))
                .anyMatch(p -> p.contains("'9Z' is not a DfE assessment-factor code"));
        assertThat(np4.rows().get(1).problems()).singleElement().asString()
                .contains("received_at differs from row 2");
        assertThat(notifications.get(0).reference()).isNull();
        assertThat(notifications.get(0).rows().get(0).problems()).containsExactly("The police reference is missing.");
    }

    @Test
    void theSameChildTwiceOnAReferralIsAProblemOfTheSecondRow() {
        Notification n = read("""
                police_reference,received_at,dash_level,child_name,child_dob
                NP/5,2026-03-02T09:30:00Z,standard,Ada Brook,2019-04-05
                NP/5,,,ADA  brook,05/04/2019
                """).get(0);

        assertThat(n.rows().get(1).problems()).containsExactly(
                "The same child (name and date of birth) is already on row 2.");
        assertThat(n.rows().get(0).problems()).isEmpty();
    }

    /** Files imported before keep their ids: the formulas of docs/csv-import.md. */
    @Test
    void theDerivedIdsAreTheDocumentedOnes() {
        assertThat(PoliceNotificationFile.referralIdFor(" np/1 ")).isEqualTo(java.util.UUID.nameUUIDFromBytes(
                "police:NP/1".getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
        assertThat(PoliceNotificationFile.childIdFor("np/1", "Ádá  Brook", LocalDate.of(2019, 4, 5)))
                .isEqualTo(java.util.UUID.nameUUIDFromBytes("police-child:NP/1|ada brook|2019-04-05"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
    }

    @Test
    void cellsAreReadTheSameWayInBothImports() {
        assertThat(CsvRow.parseInstant("05/01/2026 09:30")).isEqualTo(Instant.parse("2026-01-05T09:30:00Z"));
        assertThat(CsvRow.parseInstant("2026-07-05 09:30")).isEqualTo(Instant.parse("2026-07-05T08:30:00Z"));
        assertThat(CsvRow.parseDate("29/02/2025")).isNull();
    }
}
