package org.convene.coordination.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.convene.coordination.referral.api.RecordReferralCommand;
import org.convene.coordination.referral.api.ReferralRecordedEvent;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.coordination.shared.api.MessageMetaData;
import org.convene.coordination.shared.api.RecordedBy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReferralTest {

    private static final MetaData ACTOR = MetaData.from(Map.of(
            MessageMetaData.USER_ID, "police.screener", MessageMetaData.AGENCY_ID, "northshire-police"));

    private FixtureConfiguration<Referral> fixture;
    private Instant now;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Referral.class);
        now = fixture.givenNoPriorActivity().currentTime();
        today = LocalDate.ofInstant(now, ZoneId.of("Europe/London"));
    }

    private RecordReferralCommand command(String childName, String source, Instant receivedAt, LocalDate dob) {
        return new RecordReferralCommand("ref-1", receivedAt, source, ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION,
                childName, dob, "  Police attended; child present.  ", false);
    }

    @Test
    void recordsAReferralWithWhoAndWhen() {
        Instant received = now.minus(Duration.ofHours(3));
        fixture.givenNoPriorActivity()
                .when(command("  Amira Fenwick ", "6", received, today.minusYears(7)), ACTOR)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReferralRecordedEvent("ref-1", received, "6",
                        ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION, "Amira Fenwick", today.minusYears(7),
                        "Police attended; child present.", false,
                        new RecordedBy("police.screener", "northshire-police"), now));
    }

    @Test
    void acceptsAnUnbornChildsExpectedDateAndAnUnknownDateOfBirth() {
        fixture.givenNoPriorActivity()
                .when(command("Unborn Fenwick", "3B", now, today.plusMonths(4)), ACTOR)
                .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(command("Tobias Quill", "6", now, null), ACTOR)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesAMissingChildName() {
        fixture.givenNoPriorActivity()
                .when(command("  ", "6", now, null), ACTOR)
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("Enter the child's name.")
                .expectNoEvents();
    }

    @Test
    void refusesACodeThatIsNotADfeSourceOfReferral() {
        fixture.givenNoPriorActivity()
                .when(command("Tobias Quill", "99Z", now, null), ACTOR)
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("'99Z' is not a DfE source-of-referral code.")
                .expectNoEvents();
    }

    @Test
    void refusesAReceiptInTheFutureButToleratesSmallClockDifferences() {
        fixture.givenNoPriorActivity()
                .when(command("Tobias Quill", "6", now.plus(Duration.ofHours(2)), null), ACTOR)
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("The received date and time cannot be in the future.")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(command("Tobias Quill", "6", now.plus(Duration.ofMinutes(2)), null), ACTOR)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesImpossibleDatesOfBirth() {
        fixture.givenNoPriorActivity()
                .when(command("Tobias Quill", "6", now, today.plusYears(2)), ACTOR)
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(command("Tobias Quill", "6", now, LocalDate.of(1900, 1, 1)), ACTOR)
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
    }

    @Test
    void refusesOversizedInputAndControlCharacters() {
        fixture.givenNoPriorActivity()
                .when(command("x".repeat(Referral.MAX_NAME_LENGTH + 1), "6", now, null), ACTOR)
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(command("Tobias\u0000Quill", "6", now, null), ACTOR)
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
        RecordReferralCommand longNarrative = new RecordReferralCommand("ref-1", now, "6", ReferralType.OTHER,
                "Tobias Quill", null, "n".repeat(Referral.MAX_NARRATIVE_LENGTH + 1), false);
        fixture.givenNoPriorActivity()
                .when(longNarrative, ACTOR)
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
    }

    @Test
    void listsEveryProblemAtOnce() {
        RecordReferralCommand bad = new RecordReferralCommand("ref-1", null, null, null, "", null, null, false);
        fixture.givenNoPriorActivity()
                .when(bad, ACTOR)
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Enter when the referral was received."),
                        org.hamcrest.Matchers.containsString("Choose the source of referral."),
                        org.hamcrest.Matchers.containsString("Choose the type of referral."),
                        org.hamcrest.Matchers.containsString("Enter the child's name.")))
                .expectNoEvents();
    }

    @Test
    void refusesACommandThatDoesNotSayWhoSentIt() {
        fixture.givenNoPriorActivity()
                .when(command("Tobias Quill", "6", now, null))
                .expectException(Exception.class)
                .expectNoEvents();
    }

    @Test
    void theDfeCodeListIsTheOfficialOne() {
        assertThat(org.convene.coordination.shared.api.CodeList.REFERRAL_SOURCE.description("6")).hasValue("POLICE.");
        assertThat(org.convene.coordination.shared.api.CodeList.REFERRAL_SOURCE.entries()).containsKeys("1A", "2A",
                "3E", "4", "5D", "7");
    }
}
