package org.convene.coordination.referral;

import static org.convene.coordination.shared.TestActors.POLICE_SCREENER;
import static org.convene.coordination.shared.TestActors.POLICE_SCREENER_BY;
import static org.convene.coordination.shared.Refusals.refusal;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.convene.coordination.child.TestChildRecords;
import org.convene.coordination.referral.api.AdultRole;
import org.convene.coordination.referral.api.InvolvedAdult;
import org.convene.coordination.referral.api.ReceiveReferralCommand;
import org.convene.coordination.referral.api.RecordAgencyContributionCommand;
import org.convene.coordination.referral.api.RecordScreeningDecisionCommand;
import org.convene.coordination.referral.api.ChildWithoutRecord;
import org.convene.coordination.referral.api.ReferralReceivedEvent;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.coordination.referral.api.ScreeningDecision;
import org.convene.coordination.referral.api.ScreeningResponse;
import org.convene.coordination.shared.api.CodeList;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.coordination.shared.api.KnownAgencies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Intake input rules, who sent it, and the first slice's stored event. */
class ReferralTest {

    private FixtureConfiguration<Referral> fixture;
    private Instant now;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Referral.class);
        fixture.registerInjectableResource((KnownAgencies) id -> id.startsWith("northshire-"));
        fixture.registerAnnotatedCommandHandler(new ReferralIntakeHandler(fixture.getRepository(),
                TestChildRecords.everyChildCurrent()));
        now = fixture.givenNoPriorActivity().currentTime();
    }

    private ReceiveReferralCommand intake(Instant receivedAt, String source, String narrative, String adultName) {
        return new ReceiveReferralCommand("ref-1", receivedAt, source, ReferralType.PROFESSIONAL_CONCERN,
                null, List.of("child-1"), List.of(new InvolvedAdult(adultName, AdultRole.PARENT_OR_CARER)), List.of(),
                null, narrative, false, null);
    }

    static Stream<Arguments> badIntake() {
        return Stream.of(
                Arguments.of("a receipt in the future", Duration.ofHours(2), "6", "", "Pat Example",
                        "The received date and time cannot be in the future."),
                Arguments.of("a code that is not a DfE source of referral", Duration.ZERO, "99Z", "", "Pat Example",
                        "'99Z' is not a DfE source-of-referral code."),
                Arguments.of("an oversized narrative", Duration.ZERO, "6",
                        "n".repeat(Referral.MAX_NARRATIVE_LENGTH + 1), "Pat Example",
                        "The narrative must be at most " + Referral.MAX_NARRATIVE_LENGTH + " characters."),
                Arguments.of("an oversized name", Duration.ZERO, "6", "", "x".repeat(Referral.MAX_NAME_LENGTH + 1),
                        "must be at most " + Referral.MAX_NAME_LENGTH + " characters."),
                Arguments.of("control characters", Duration.ZERO, "6", "", "Pat\u0000Example", "control characters"));
    }

    @ParameterizedTest(name = "refuses {0}")
    @MethodSource("badIntake")
    void refusesBadInputAndRecordsNothing(String spec, Duration receivedAfterNow, String source, String narrative,
                                          String adultName, String words) {
        fixture.givenNoPriorActivity()
                .when(intake(now.plus(receivedAfterNow), source, narrative, adultName), POLICE_SCREENER)
                .expectException(refusal(words))
                .expectNoEvents();
    }

    @Test
    void toleratesSmallClockDifferencesInTheReceipt() {
        fixture.givenNoPriorActivity()
                .when(intake(now.plus(Duration.ofMinutes(2)), "6", "", "Pat Example"), POLICE_SCREENER)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void listsEveryProblemAtOnce() {
        ReceiveReferralCommand bad = new ReceiveReferralCommand("ref-1", null, null, null, null, List.of(), null,
                null, null, null, false, null);
        fixture.givenNoPriorActivity()
                .when(bad, POLICE_SCREENER)
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                        containsString("Enter when the referral was received."),
                        containsString("Choose the source of referral."),
                        containsString("Choose the type of referral."),
                        containsString("Name at least one child.")))
                .expectNoEvents();
    }

    @Test
    void refusesACommandThatDoesNotSayWhoSentIt() {
        fixture.givenNoPriorActivity()
                .when(intake(now, "6", "", "Pat Example"))
                .expectException(Exception.class)
                .expectNoEvents();
    }

    @Test
    void aReferralFromTheFirstReleaseCanStillBeScreened() {
        // the first release's ReferralRecordedEvent as the upcaster reads it (decision 0027)
        ReferralReceivedEvent firstSlice = new ReferralReceivedEvent("ref-1", now.minusSeconds(3600), "6",
                ReferralType.PROFESSIONAL_CONCERN, null, List.of(),
                List.of(new ChildWithoutRecord("Amira Fenwick", LocalDate.of(2018, 5, 4))), List.of(), List.of(), null,
                "Narrative", false, null, POLICE_SCREENER_BY,
                now.minusSeconds(3000));
        fixture.given(firstSlice)
                .when(new RecordAgencyContributionCommand("ref-1", false, "Nothing held."), POLICE_SCREENER)
                .expectSuccessfulHandlerExecution();
        fixture.given(firstSlice)
                .when(new RecordScreeningDecisionCommand("ref-1", "dec-1", new ScreeningDecision(
                        List.of("northshire-police"), ScreeningResponse.NO_FURTHER_ACTION, null, 1, null,
                        "No concerns once checked.", List.of())), POLICE_SCREENER)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theDfeCodeListIsTheOfficialOne() {
        org.assertj.core.api.Assertions.assertThat(CodeList.REFERRAL_SOURCE.description("6")).hasValue("POLICE.");
        org.assertj.core.api.Assertions.assertThat(CodeList.REFERRAL_SOURCE.entries())
                .containsKeys("1A", "2A", "3E", "4", "5D", "7");
        org.assertj.core.api.Assertions.assertThat(LocalDate.ofInstant(now, org.convene.coordination.shared.api.TextRules.UK)).isNotNull();
    }
}
