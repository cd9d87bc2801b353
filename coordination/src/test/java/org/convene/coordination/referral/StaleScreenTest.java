package org.convene.coordination.referral;

import static org.convene.coordination.shared.TestActors.actor;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.convene.coordination.referral.api.ActionCompletedEvent;
import org.convene.coordination.referral.api.ActionSpec;
import org.convene.coordination.referral.api.AgencyContributionRecordedEvent;
import org.convene.coordination.referral.api.RecordAgencyContributionCommand;
import org.convene.coordination.referral.api.RecordScreeningDecisionCommand;
import org.convene.coordination.referral.api.ReferralReceivedEvent;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.coordination.referral.api.ReferralWithdrawnEvent;
import org.convene.coordination.referral.api.ReviseScreeningDecisionCommand;
import org.convene.coordination.referral.api.ScreeningDecision;
import org.convene.coordination.referral.api.ScreeningDecisionRecordedEvent;
import org.convene.coordination.referral.api.ScreeningDecisionRevisedEvent;
import org.convene.coordination.referral.api.ScreeningResponse;
import org.convene.coordination.referral.api.WithdrawReferralCommand;
import org.convene.coordination.shared.TestAgencies;
import org.convene.coordination.shared.api.ChangedMeanwhileException;
import org.convene.coordination.shared.api.RecordedBy;
import org.convene.coordination.shared.api.TextRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 7: a referral edit sent from a screen that did not show a conflicting change made
 * meanwhile is refused, naming the change, who and when; changes that do not conflict let it through.
 * The versions are the events' sequence numbers: received 0, first decision 1, and so on.
 */
class StaleScreenTest {

    private static final Map<String, String> AGENCIES = Map.of("northshire-police", "Northshire Police",
            "northshire-csc", "Northshire Children's Social Care", "northshire-health", "Northshire Health");
    private static final MetaData CHAIR = actor("mash.chair", "northshire-csc");
    private static final MetaData OTHER_CHAIR = actor("mash.chair2", "northshire-police");
    private static final MetaData HEALTH = actor("health.screener", "northshire-health");
    private static final RecordedBy CHAIR_BY = new RecordedBy("mash.chair", "northshire-csc");
    private static final RecordedBy OTHER_CHAIR_BY = new RecordedBy("mash.chair2", "northshire-police");
    private static final RecordedBy HEALTH_BY = new RecordedBy("health.screener", "northshire-health");
    private static final RecordedBy HEALTH_COLLEAGUE_BY = new RecordedBy("health.nurse", "northshire-health");

    private FixtureConfiguration<Referral> fixture;
    private Instant now;
    private LocalDate today;
    private String at;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Referral.class);
        fixture.registerInjectableResource(TestAgencies.named(AGENCIES));
        now = fixture.givenNoPriorActivity().currentTime();
        today = LocalDate.ofInstant(now, TextRules.UK);
        at = "at " + DateTimeFormatter.ofPattern("HH:mm").format(now.minusSeconds(60).atZone(TextRules.UK));
    }

    private ReferralReceivedEvent received() {
        return new ReferralReceivedEvent("ref-1", now.minusSeconds(3600), "6", ReferralType.OTHER, null,
                List.of("child-1"), List.of(), List.of(), null, "Narrative", false, null, HEALTH_BY,
                now.minusSeconds(3000));
    }

    private ScreeningDecision decision(String rationale, String actionId) {
        return new ScreeningDecision(List.of("northshire-police", "northshire-csc"),
                ScreeningResponse.CHILD_AND_FAMILY_ASSESSMENT, null, 3, null, rationale,
                actionId == null ? List.of()
                        : List.of(new ActionSpec(actionId, "Visit", "northshire-health", today.plusDays(3))));
    }

    private ScreeningDecisionRecordedEvent decided() {
        return new ScreeningDecisionRecordedEvent("ref-1", "dec-1", decision("First", "act-1"), CHAIR_BY,
                now.minusSeconds(600));
    }

    private ScreeningDecisionRevisedEvent revisedByTheOtherChair() {
        return new ScreeningDecisionRevisedEvent("ref-1", "dec-2", "dec-1", decision("Second", null),
                "New information", OTHER_CHAIR_BY, now.minusSeconds(60));
    }

    @Test
    void aRevisionFromAScreenThatDidNotShowAnotherRevisionIsRefusedNamingItsChairAndTime() {
        fixture.given(received(), decided(), revisedByTheOtherChair())
                .when(new ReviseScreeningDecisionCommand("ref-1", "dec-3", decision("Mine", null), "My reason", 1L),
                        CHAIR)
                .expectException(ChangedMeanwhileException.class)
                .expectExceptionMessage("While you had this open, mash.chair2 (Northshire Police) revised the "
                        + "decision " + at + ". Nothing of yours was saved: reload to see it and decide again.")
                .expectNoEvents();
    }

    /** The chair's revision {@code revisionId}, from a screen that saw {@code seenVersion}, revises {@code revised}. */
    private void revisionGoesThrough(String revisionId, long seenVersion, String revised, Object... history) {
        fixture.given(history)
                .when(new ReviseScreeningDecisionCommand("ref-1", revisionId, decision("Mine", null), "My reason",
                        seenVersion), CHAIR)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ScreeningDecisionRevisedEvent("ref-1", revisionId, revised, decision("Mine", null),
                        "My reason", CHAIR_BY, now));
    }

    @Test
    void aRevisionFromAScreenThatSawTheLatestDecisionGoesThrough() {
        revisionGoesThrough("dec-3", 2L, "dec-2", received(), decided(), revisedByTheOtherChair());
    }

    @Test
    void checksAndActionsDoneMeanwhileDoNotRefuseARevision() {
        revisionGoesThrough("dec-2", 1L, "dec-1", received(), decided(),
                new AgencyContributionRecordedEvent("ref-1", "northshire-health", true, "Known to the GP",
                        HEALTH_BY, now.minusSeconds(120)),
                new ActionCompletedEvent("ref-1", "act-1", "Visited", HEALTH_BY, now.minusSeconds(60)));
    }

    @Test
    void aFirstDecisionFromAStaleScreenIsRefusedNamingTheDecisionOrTheWithdrawalMadeMeanwhile() {
        fixture.given(received(), new ScreeningDecisionRecordedEvent("ref-1", "dec-9", decision("Theirs", null),
                        OTHER_CHAIR_BY, now.minusSeconds(60)))
                .when(new RecordScreeningDecisionCommand("ref-1", "dec-1", decision("Mine", null), 0L), CHAIR)
                .expectException(ChangedMeanwhileException.class)
                .expectExceptionMessage(allOf(containsString("mash.chair2 (Northshire Police) recorded the decision "
                        + at), containsString("Nothing of yours was saved")))
                .expectNoEvents();
        fixture.given(received(), new ReferralWithdrawnEvent("ref-1", "Duplicate", HEALTH_BY, now.minusSeconds(60)))
                .when(new RecordScreeningDecisionCommand("ref-1", "dec-1", decision("Mine", null), 0L), CHAIR)
                .expectException(ChangedMeanwhileException.class)
                .expectExceptionMessage(containsString("health.screener (Northshire Health) withdrew the referral"))
                .expectNoEvents();
    }

    @Test
    void theSameDecisionSentAgainIsNotSomeoneElsesChange() {
        fixture.given(received(), new ScreeningDecisionRecordedEvent("ref-1", "dec-1", decision("Mine", null),
                        CHAIR_BY, now.minusSeconds(60)))
                .when(new RecordScreeningDecisionCommand("ref-1", "dec-1", decision("Mine", null), 0L), CHAIR)
                .expectException(not(instanceOf(ChangedMeanwhileException.class)))
                .expectExceptionMessage(containsString("A decision is already recorded"))
                .expectNoEvents();
    }

    @Test
    void aChangeOfTheSendersOwnIsNotAConflict() {
        fixture.given(received(), decided(), new ScreeningDecisionRevisedEvent("ref-1", "dec-2", "dec-1",
                        decision("Second", null), "Reason", CHAIR_BY, now.minusSeconds(60)))
                .when(new ReviseScreeningDecisionCommand("ref-1", "dec-3", decision("Mine", null), "Again", 1L), CHAIR)
                .expectEvents(new ScreeningDecisionRevisedEvent("ref-1", "dec-3", "dec-2", decision("Mine", null),
                        "Again", CHAIR_BY, now));
    }

    @Test
    void aWithdrawalFromAStaleScreenIsRefusedWhenADecisionWasRecordedMeanwhile() {
        fixture.given(received(), new ScreeningDecisionRecordedEvent("ref-1", "dec-1", decision("Theirs", null),
                        OTHER_CHAIR_BY, now.minusSeconds(60)))
                .when(new WithdrawReferralCommand("ref-1", "Duplicate", 0L), HEALTH)
                .expectException(ChangedMeanwhileException.class)
                .expectExceptionMessage(allOf(containsString("mash.chair2 (Northshire Police) recorded the decision"),
                        containsString("reload to see it and decide whether to withdraw it.")))
                .expectNoEvents();
        fixture.given(received(), new AgencyContributionRecordedEvent("ref-1", "northshire-police", false,
                        "Nothing held", OTHER_CHAIR_BY, now.minusSeconds(60)))
                .when(new WithdrawReferralCommand("ref-1", "Duplicate", 0L), HEALTH)
                .expectEvents(new ReferralWithdrawnEvent("ref-1", "Duplicate", HEALTH_BY, now));
    }

    @Test
    void checksFromAStaleScreenAreRefusedOnlyWhenTheSameAgencyRecordedChecksMeanwhile() {
        fixture.given(received(), new AgencyContributionRecordedEvent("ref-1", "northshire-health", true,
                        "Known to the GP", HEALTH_COLLEAGUE_BY, now.minusSeconds(60)))
                .when(new RecordAgencyContributionCommand("ref-1", false, "Nothing held", 0L), HEALTH)
                .expectException(ChangedMeanwhileException.class)
                .expectExceptionMessage(containsString("health.nurse (Northshire Health) recorded your agency's "
                        + "checks " + at))
                .expectNoEvents();
        fixture.given(received(), new AgencyContributionRecordedEvent("ref-1", "northshire-police", true,
                        "Known", OTHER_CHAIR_BY, now.minusSeconds(60)))
                .when(new RecordAgencyContributionCommand("ref-1", false, "Nothing held", 0L), HEALTH)
                .expectEvents(new AgencyContributionRecordedEvent("ref-1", "northshire-health", false, "Nothing held",
                        HEALTH_BY, now));
    }

    @Test
    void withoutAVersionNothingIsCheckedAsBefore() {
        fixture.given(received(), decided(), revisedByTheOtherChair())
                .when(new ReviseScreeningDecisionCommand("ref-1", "dec-3", decision("Mine", null), "My reason"), CHAIR)
                .expectEvents(new ScreeningDecisionRevisedEvent("ref-1", "dec-3", "dec-2", decision("Mine", null),
                        "My reason", CHAIR_BY, now));
    }
}
