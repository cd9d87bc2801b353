package org.convene.coordination.referral;

import static org.convene.coordination.shared.Refusals.refusal;
import static org.convene.coordination.shared.TestActors.actor;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.convene.coordination.child.TestChildRecords;
import org.convene.coordination.referral.api.ActionCompletedEvent;
import org.convene.coordination.referral.api.ActionSpec;
import org.convene.coordination.referral.api.AdultRole;
import org.convene.coordination.referral.api.AgencyContributionRecordedEvent;
import org.convene.coordination.referral.api.CompleteActionCommand;
import org.convene.coordination.referral.api.DashLevel;
import org.convene.coordination.referral.api.InvolvedAdult;
import org.convene.coordination.referral.api.ReceiveReferralCommand;
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
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.coordination.shared.api.KnownAgencies;
import org.convene.coordination.shared.api.RecordedBy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every rule of the referral from intake to its actions (issue 3), including each refusal. */
class ScreeningTest {

    private static final Set<String> AGENCIES = Set.of("northshire-police", "northshire-csc", "northshire-health");
    private static final MetaData POLICE = actor("police.screener", "northshire-police");
    private static final MetaData HEALTH = actor("health.screener", "northshire-health");
    private static final MetaData CHAIR = actor("mash.chair", "northshire-csc");
    private static final RecordedBy POLICE_BY = new RecordedBy("police.screener", "northshire-police");
    private static final RecordedBy CHAIR_BY = new RecordedBy("mash.chair", "northshire-csc");

    private FixtureConfiguration<Referral> fixture;
    private Instant now;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Referral.class);
        fixture.registerInjectableResource((KnownAgencies) AGENCIES::contains);
        fixture.registerAnnotatedCommandHandler(new ReferralIntakeHandler(fixture.getRepository(),
                TestChildRecords.childIdsExist()));
        now = fixture.givenNoPriorActivity().currentTime();
        today = LocalDate.ofInstant(now, org.convene.coordination.shared.api.TextRules.UK);
    }

    private ReceiveReferralCommand intake(ReferralType type, DashLevel dash, List<String> children) {
        return new ReceiveReferralCommand("ref-1", now.minusSeconds(3600), "6", type, today.minusDays(1), children,
                List.of(new InvolvedAdult("Jordan Fenwick", AdultRole.ALLEGED_PERPETRATOR),
                        new InvolvedAdult("Casey Fenwick", AdultRole.VICTIM)),
                List.of("3A", "3B"), dash, "Police attended a domestic incident; children present.", false, "NP-1");
    }

    private ReferralReceivedEvent received(ReferralType type) {
        return new ReferralReceivedEvent("ref-1", now.minusSeconds(3600), "6", type, today.minusDays(1),
                List.of("child-1", "child-2"), List.of(), List.of("3A"),
                type == ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION ? DashLevel.HIGH : null, "Narrative", true,
                "NP-1", POLICE_BY, now.minusSeconds(3000));
    }

    private ScreeningDecision decision(String rationale, Integer riskScale, List<ActionSpec> actions) {
        return new ScreeningDecision(List.of("northshire-police", "northshire-csc", "northshire-health"),
                ScreeningResponse.CHILD_AND_FAMILY_ASSESSMENT, null, 3, riskScale, rationale, actions);
    }

    private ActionSpec action(String id, String owner, LocalDate due) {
        return new ActionSpec(id, "Share the police report with the school DSL", owner, due);
    }

    @Test
    void receivesAReferralAboutRegisteredChildren() {
        fixture.givenNoPriorActivity()
                .when(intake(ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION, DashLevel.MEDIUM,
                        List.of("child-1", "child-2")), POLICE)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReferralReceivedEvent("ref-1", now.minusSeconds(3600), "6",
                        ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION, today.minusDays(1),
                        List.of("child-1", "child-2"),
                        List.of(new InvolvedAdult("Jordan Fenwick", AdultRole.ALLEGED_PERPETRATOR),
                                new InvolvedAdult("Casey Fenwick", AdultRole.VICTIM)),
                        List.of("3A", "3B"), DashLevel.MEDIUM,
                        "Police attended a domestic incident; children present.", false, "NP-1", POLICE_BY, now));
    }

    @Test
    void refusesAReferralWithoutChildrenOrAboutUnknownChildren() {
        fixture.givenNoPriorActivity()
                .when(intake(ReferralType.PROFESSIONAL_CONCERN, null, List.of()), POLICE)
                .expectException(refusal("Name at least one child."))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(intake(ReferralType.PROFESSIONAL_CONCERN, null, List.of("child-1", "nobody")), POLICE)
                .expectException(refusal("There is no child record nobody."))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(intake(ReferralType.PROFESSIONAL_CONCERN, null, List.of("child-1", "child-1")), POLICE)
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
    }

    @Test
    void aDomesticAbuseNotificationNeedsItsDashLevel() {
        fixture.givenNoPriorActivity()
                .when(intake(ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION, null, List.of("child-1")), POLICE)
                .expectException(refusal("DASH"))
                .expectNoEvents();
    }

    @Test
    void refusesUnknownConcernCodesAndAnIncidentAfterReceipt() {
        ReceiveReferralCommand bad = new ReceiveReferralCommand("ref-1", now.minusSeconds(60), "6",
                ReferralType.OTHER, today.plusDays(3), List.of("child-1"), List.of(), List.of("99X"), null, "", false,
                null);
        fixture.givenNoPriorActivity()
                .when(bad, POLICE)
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                        containsString("'99X' is not a DfE assessment-factor code."),
                        containsString("The incident date cannot be after the referral was received.")))
                .expectNoEvents();
    }

    @Test
    void eachAgencyRecordsItsChecksAndTheAgencyComesFromTheSender() {
        fixture.given(received(ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION))
                .when(new RecordAgencyContributionCommand("ref-1", true, "  Known to health visiting.  "), HEALTH)
                .expectEvents(new AgencyContributionRecordedEvent("ref-1", "northshire-health", true,
                        "Known to health visiting.", new RecordedBy("health.screener", "northshire-health"), now));
    }

    @Test
    void aContributionNeedsContentAndIsRefusedOnAWithdrawnReferral() {
        fixture.given(received(ReferralType.OTHER))
                .when(new RecordAgencyContributionCommand("ref-1", false, " "), HEALTH)
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
        fixture.given(received(ReferralType.OTHER),
                        new ReferralWithdrawnEvent("ref-1", "Duplicate of NP-0", POLICE_BY, now))
                .when(new RecordAgencyContributionCommand("ref-1", false, "Nothing held."), HEALTH)
                .expectException(refusal("withdrawn"))
                .expectNoEvents();
    }

    @Test
    void theChairRecordsTheJointDecisionWithActions() {
        ScreeningDecision d = decision("Children present at a high-risk incident; assessment needed.", 3,
                List.of(action("act-1", "northshire-police", today.plusDays(2))));
        fixture.given(received(ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION))
                .when(new RecordScreeningDecisionCommand("ref-1", "dec-1", d), CHAIR)
                .expectEvents(new ScreeningDecisionRecordedEvent("ref-1", "dec-1", d, CHAIR_BY, now));
    }

    @Test
    void aDecisionWithoutARationaleIsRefused() {
        fixture.given(received(ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION))
                .when(new RecordScreeningDecisionCommand("ref-1", "dec-1", decision("  ", 2, List.of())), CHAIR)
                .expectException(refusal("Record the rationale for the decision."))
                .expectNoEvents();
    }

    @Test
    void aDecisionOnAWithdrawnReferralIsRefused() {
        fixture.given(received(ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION),
                        new ReferralWithdrawnEvent("ref-1", "Recorded in error", POLICE_BY, now))
                .when(new RecordScreeningDecisionCommand("ref-1", "dec-1", decision("Rationale", 2, List.of())), CHAIR)
                .expectException(refusal("withdrawn"))
                .expectNoEvents();
    }

    @Test
    void domesticAbuseNeedsTheRiskScaleAndEveryFieldIsChecked() {
        fixture.given(received(ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION))
                .when(new RecordScreeningDecisionCommand("ref-1", "dec-1", decision("Rationale", null, List.of())),
                        CHAIR)
                .expectException(refusal("risk scale"))
                .expectNoEvents();
        ScreeningDecision bad = new ScreeningDecision(List.of("no-such-agency"),
                ScreeningResponse.SINGLE_AGENCY_REFERRAL, " ", 5, 7, "Rationale",
                List.of(action("act-1", "no-such-agency", today.minusDays(1))));
        fixture.given(received(ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION))
                .when(new RecordScreeningDecisionCommand("ref-1", "dec-1", bad), CHAIR)
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                        containsString("'no-such-agency' is not a registered agency."),
                        containsString("Name the agency the referral goes to."),
                        containsString("Choose the level of need (1 to 4)."),
                        containsString("The risk scale runs from 1 (moderate) to 4 (severe)."),
                        containsString("Choose a registered agency to own each action."),
                        containsString("An action cannot be due before today.")))
                .expectNoEvents();
    }

    @Test
    void aSecondDecisionMustBeARevision() {
        fixture.given(received(ReferralType.OTHER),
                        new ScreeningDecisionRecordedEvent("ref-1", "dec-1", decision("First", null, List.of()),
                                CHAIR_BY, now))
                .when(new RecordScreeningDecisionCommand("ref-1", "dec-2", decision("Second", null, List.of())), CHAIR)
                .expectException(refusal("Revise it instead"))
                .expectNoEvents();
    }

    @Test
    void aRevisionNeedsAReasonAndKeepsTheOriginal() {
        ScreeningDecision original = decision("First view", 2, List.of(action("act-1", "northshire-police",
                today.plusDays(1))));
        ScreeningDecision revised = new ScreeningDecision(List.of("northshire-csc"),
                ScreeningResponse.STRATEGY_DISCUSSION, null, 4, 4, "New information from health",
                List.of(action("act-2", "northshire-csc", today.plusDays(1))));
        fixture.given(received(ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION),
                        new ScreeningDecisionRecordedEvent("ref-1", "dec-1", original, CHAIR_BY, now))
                .when(new ReviseScreeningDecisionCommand("ref-1", "dec-2", revised, " "), CHAIR)
                .expectException(refusal("Give the reason for revising the decision."))
                .expectNoEvents();
        fixture.given(received(ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION),
                        new ScreeningDecisionRecordedEvent("ref-1", "dec-1", original, CHAIR_BY, now))
                .when(new ReviseScreeningDecisionCommand("ref-1", "dec-2", revised, "Health disclosed a new injury"),
                        CHAIR)
                .expectEvents(new ScreeningDecisionRevisedEvent("ref-1", "dec-2", "dec-1", revised,
                        "Health disclosed a new injury", CHAIR_BY, now));
        fixture.given(received(ReferralType.OTHER))
                .when(new ReviseScreeningDecisionCommand("ref-1", "dec-2", revised, "Reason"), CHAIR)
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage(containsString("There is no decision to revise yet."));
    }

    @Test
    void aRevisionCannotReuseAnActionId() {
        ScreeningDecision original = decision("First", 2, List.of(action("act-1", "northshire-police",
                today.plusDays(1))));
        fixture.given(received(ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION),
                        new ScreeningDecisionRecordedEvent("ref-1", "dec-1", original, CHAIR_BY, now))
                .when(new ReviseScreeningDecisionCommand("ref-1", "dec-2", original, "Reason"), CHAIR)
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
    }

    @Test
    void theOwnerAgencyMarksAnActionDoneOnce() {
        ScreeningDecision d = decision("Rationale", 2, List.of(action("act-1", "northshire-police",
                today.plusDays(1))));
        ScreeningDecisionRecordedEvent decided = new ScreeningDecisionRecordedEvent("ref-1", "dec-1", d, CHAIR_BY, now);
        fixture.given(received(ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION), decided)
                .when(new CompleteActionCommand("ref-1", "act-1", "Report shared with the school."), POLICE)
                .expectEvents(new ActionCompletedEvent("ref-1", "act-1", "Report shared with the school.", POLICE_BY,
                        now));
        fixture.given(received(ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION), decided)
                .when(new CompleteActionCommand("ref-1", "act-1", "Done"), HEALTH)
                .expectException(refusal("Only the owner agency"))
                .expectNoEvents();
        fixture.given(received(ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION), decided,
                        new ActionCompletedEvent("ref-1", "act-1", "Done", POLICE_BY, now))
                .when(new CompleteActionCommand("ref-1", "act-1", "Again"), POLICE)
                .expectException(refusal("already marked done"))
                .expectNoEvents();
        fixture.given(received(ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION), decided)
                .when(new CompleteActionCommand("ref-1", "act-1", ""), POLICE)
                .expectException(refusal("Record the outcome"))
                .expectNoEvents();
        fixture.given(received(ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION), decided)
                .when(new CompleteActionCommand("ref-1", "act-9", "Done"), POLICE)
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
    }

    @Test
    void withdrawalNeedsAReasonAndIsOnlyPossibleBeforeADecision() {
        fixture.given(received(ReferralType.OTHER))
                .when(new WithdrawReferralCommand("ref-1", "Recorded twice"), POLICE)
                .expectEvents(new ReferralWithdrawnEvent("ref-1", "Recorded twice", POLICE_BY, now));
        fixture.given(received(ReferralType.OTHER))
                .when(new WithdrawReferralCommand("ref-1", ""), POLICE)
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
        fixture.given(received(ReferralType.OTHER),
                        new ScreeningDecisionRecordedEvent("ref-1", "dec-1", decision("R", null, List.of()), CHAIR_BY,
                                now))
                .when(new WithdrawReferralCommand("ref-1", "Changed mind"), CHAIR)
                .expectException(refusal("revise the decision"))
                .expectNoEvents();
        fixture.given(received(ReferralType.OTHER), new ReferralWithdrawnEvent("ref-1", "x", POLICE_BY, now))
                .when(new WithdrawReferralCommand("ref-1", "Again"), POLICE)
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
    }

    @Test
    void aReferralToTheExploitationPanelIsRecordedAsSuch() {
        ScreeningDecision panel = new ScreeningDecision(List.of("northshire-police", "northshire-csc"),
                ScreeningResponse.EXPLOITATION_PANEL_REFERRAL, null, 3, null,
                "Repeated missing episodes with older males; CCE indicators.", List.of());
        fixture.given(received(ReferralType.PROFESSIONAL_CONCERN))
                .when(new RecordScreeningDecisionCommand("ref-1", "dec-1", panel), CHAIR)
                .expectEvents(new ScreeningDecisionRecordedEvent("ref-1", "dec-1", panel, CHAIR_BY, now));
    }
}
