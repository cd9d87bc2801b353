package org.convene.coordination.panel;

import static org.convene.coordination.shared.TestActors.PANEL_CHAIR;
import static org.convene.coordination.shared.TestActors.PANEL_CHAIR_BY;
import static org.convene.coordination.shared.Refusals.refusal;
import static org.convene.coordination.shared.TestActors.actor;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.convene.coordination.child.ChildRecords;
import org.convene.coordination.child.TestChildRecords;
import org.convene.coordination.panel.api.ActionHeading;
import org.convene.coordination.panel.api.ClosePanelCaseCommand;
import org.convene.coordination.panel.api.ClosureReason;
import org.convene.coordination.panel.api.CompletePanelActionCommand;
import org.convene.coordination.panel.api.ExploitationType;
import org.convene.coordination.panel.api.PanelActionAgreedEvent;
import org.convene.coordination.panel.api.PanelActionCompletedEvent;
import org.convene.coordination.panel.api.PanelActionSpec;
import org.convene.coordination.panel.api.PanelCaseClosedEvent;
import org.convene.coordination.panel.api.PanelCaseMergedInEvent;
import org.convene.coordination.panel.api.PanelCaseOpenedEvent;
import org.convene.coordination.panel.api.PanelDiscussionType;
import org.convene.coordination.panel.api.PanelIds;
import org.convene.coordination.panel.api.PanelReferralJoinedCaseEvent;
import org.convene.coordination.panel.api.PanelReferralSource;
import org.convene.coordination.panel.api.PanelRiskLevel;
import org.convene.coordination.panel.api.RecordMissingFlagPanelReferralCommand;
import org.convene.coordination.panel.api.RecordPanelDiscussionCommand;
import org.convene.coordination.panel.api.RecordScreeningPanelReferralCommand;
import org.convene.coordination.panel.api.ReferYoungPersonToPanelCommand;
import org.convene.coordination.panel.api.YoungPersonDiscussedAtPanelEvent;
import org.convene.coordination.referral.ReferralChildren;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.coordination.shared.api.RecordedBy;
import org.convene.coordination.shared.api.SystemCommand;
import org.convene.coordination.shared.api.TextRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every rule of a young person's panel record (issue 5, items 1, 3 and 4's data), each refusal included. */
class YoungPersonPanelRecordTest {

    private static final Set<String> AGENCIES = Set.of("northshire-police", "northshire-csc", "safe-steps");
    private static final MetaData POLICE = actor("panel.member", "northshire-police");
    private static final MetaData SYSTEM = actor(SystemCommand.SYSTEM_USER, SystemCommand.SYSTEM_AGENCY);
    private static final RecordedBy POLICE_BY = new RecordedBy("panel.member", "northshire-police");
    private static final RecordedBy SYSTEM_BY = new RecordedBy(SystemCommand.SYSTEM_USER, SystemCommand.SYSTEM_AGENCY);
    private static final String CASE_1 = PanelIds.caseId("child-1", 1);
    /** A record merged into child-1. */
    private static final String MERGED_AWAY = "child-dup";

    private FixtureConfiguration<YoungPersonPanelRecord> fixture;
    private Instant now;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(YoungPersonPanelRecord.class);
        ChildRecords children = TestChildRecords.childIdsExistWithMerges(Map.of(MERGED_AWAY, "child-1"));
        ReferralChildren referralChildren = new ReferralChildren(null) {
            @Override
            public List<String> of(String referralId) {
                return referralId.equals("ref-1") ? List.of("child-1") : List.of();
            }
        };
        fixture.registerAnnotatedCommandHandler(new PanelRecordHandler(fixture.getRepository(), children,
                referralChildren, AGENCIES::contains));
        now = fixture.givenNoPriorActivity().currentTime();
        today = LocalDate.ofInstant(now, TextRules.UK);
    }

    private PanelCaseOpenedEvent opened(Instant referredAt) {
        return new PanelCaseOpenedEvent("child-1", CASE_1, "pr-1", PanelReferralSource.AGENCY_REFERRAL, null,
                List.of(ExploitationType.CRIMINAL), PanelRiskLevel.MEDIUM, "Seen with older males at the station",
                referredAt, POLICE_BY, referredAt);
    }

    private YoungPersonDiscussedAtPanelEvent discussed(String id, LocalDate on, PanelDiscussionType type,
                                                       PanelRiskLevel previous, PanelRiskLevel agreed,
                                                       LocalDate nextReview, Instant referredAt) {
        return new YoungPersonDiscussedAtPanelEvent("child-1", CASE_1, id, "m-1", on, type, previous, agreed,
                "Rationale", List.of(ExploitationType.CRIMINAL), List.of(), List.of(), nextReview, referredAt,
                        PANEL_CHAIR_BY,
                now);
    }

    private PanelActionAgreedEvent agreed(String actionId, String owner, LocalDate agreedOn, LocalDate due) {
        return new PanelActionAgreedEvent("child-1", CASE_1, actionId, "d-1", "m-1", ActionHeading.PROTECT,
                "Safety plan", owner, due, agreedOn, PANEL_CHAIR_BY, now);
    }

    private RecordPanelDiscussionCommand discussion(String id, PanelRiskLevel level, List<PanelActionSpec> actions,
                                                    LocalDate nextReview, ClosureReason closure) {
        return new RecordPanelDiscussionCommand("child-1", id, "m-1", today, level, "Rationale", null,
                List.of(" Northgate bus station ", "", "Northgate bus station"), List.of("The Canal Street group"),
                actions, nextReview, closure, null);
    }

    @Test
    void aDirectReferralOpensACaseAndANewConcernJoinsTheOpenCase() {
        fixture.givenNoPriorActivity()
                .when(new ReferYoungPersonToPanelCommand("child-1", "pr-1", List.of(ExploitationType.CRIMINAL),
                        PanelRiskLevel.MEDIUM, " Seen with older males at the station "), POLICE)
                .expectSuccessfulHandlerExecution()
                .expectEvents(opened(now));

        fixture.given(opened(now.minusSeconds(3600)))
                .when(new ReferYoungPersonToPanelCommand("child-1", "pr-2",
                        List.of(ExploitationType.SEXUAL, ExploitationType.SEXUAL), PanelRiskLevel.HIGH,
                        "Disclosure at school"), PANEL_CHAIR)
                .expectEvents(new PanelReferralJoinedCaseEvent("child-1", CASE_1, "pr-2",
                        PanelReferralSource.AGENCY_REFERRAL, null, List.of(ExploitationType.SEXUAL),
                        PanelRiskLevel.HIGH, "Disclosure at school", now, PANEL_CHAIR_BY, now));
    }

    @Test
    void theSameReferralSentAgainRecordsNothing() {
        fixture.given(opened(now.minusSeconds(60)))
                .when(new ReferYoungPersonToPanelCommand("child-1", "pr-1", List.of(ExploitationType.CRIMINAL),
                        PanelRiskLevel.MEDIUM, "Seen with older males at the station"), POLICE)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aReferralWithoutTypesRiskOrReasonIsRefusedWithEveryProblem() {
        fixture.givenNoPriorActivity()
                .when(new ReferYoungPersonToPanelCommand("child-1", "pr-1", List.of(), null, "  "), POLICE)
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage(allOf(containsString("at least one type of exploitation"),
                        containsString("initial risk level"), containsString("reason for the referral")))
                .expectNoEvents();
    }

    @Test
    void aReferralOfAChildWithoutARecordIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ReferYoungPersonToPanelCommand("nobody", "pr-1", List.of(ExploitationType.ONLINE),
                        PanelRiskLevel.LOW, "Concern"), POLICE)
                .expectException(refusal("There is no child record nobody"))
                .expectNoEvents();
    }

    @Test
    void aScreeningDecisionRefersEachChildOfTheReferralOnce() {
        Instant decidedAt = now.minusSeconds(600);
        fixture.givenNoPriorActivity()
                .when(new RecordScreeningPanelReferralCommand("ref-1", "dec-1", "Exploitation indicators", decidedAt),
                        SYSTEM)
                .expectEvents(new PanelCaseOpenedEvent("child-1", CASE_1, "screening:dec-1:child-1",
                        PanelReferralSource.SCREENING_DECISION, "ref-1", List.of(), null,
                        "Screening decision: Exploitation indicators", decidedAt, SYSTEM_BY, now));

        fixture.given(new PanelCaseOpenedEvent("child-1", CASE_1, "screening:dec-1:child-1",
                        PanelReferralSource.SCREENING_DECISION, "ref-1", List.of(), null,
                        "Screening decision: Exploitation indicators", decidedAt, SYSTEM_BY, now))
                .when(new RecordScreeningPanelReferralCommand("ref-1", "dec-1", "Exploitation indicators", decidedAt),
                        SYSTEM)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theMissingFlagRefersOnceAndARedeliveredFlagJoinsNothing() {
        Instant flaggedAt = now.minusSeconds(60);
        PanelCaseOpenedEvent flagged = new PanelCaseOpenedEvent("child-1", CASE_1, "missing:f-1",
                PanelReferralSource.MISSING_FLAG, "f-1", List.of(), null, "Flagged by repeat missing episodes.",
                flaggedAt, SYSTEM_BY, now);
        fixture.givenNoPriorActivity()
                .when(new RecordMissingFlagPanelReferralCommand("child-1", "f-1", "REPEAT_MISSING", flaggedAt), SYSTEM)
                .expectEvents(flagged);
        fixture.given(flagged)
                .when(new RecordMissingFlagPanelReferralCommand("child-1", "f-1", "REPEAT_MISSING", flaggedAt), SYSTEM)
                .expectNoEvents();
        fixture.given(opened(now.minusSeconds(7200)))
                .when(new RecordMissingFlagPanelReferralCommand("child-1", "f-2", "HIGH_RISK_EPISODE", flaggedAt),
                        SYSTEM)
                .expectEvents(new PanelReferralJoinedCaseEvent("child-1", CASE_1, "missing:f-2",
                        PanelReferralSource.MISSING_FLAG, "f-2", List.of(), null,
                        "Flagged by a high-risk missing episode.", flaggedAt, SYSTEM_BY, now));
    }

    @Test
    void theFirstDiscussionIsNewThenReviewsKeepTheRiskHistoryAndAgreeActions() {
        Instant referredAt = now.minusSeconds(86_400 * 10);
        LocalDate due = today.plusDays(14);
        fixture.given(opened(referredAt))
                .when(discussion("d-1", PanelRiskLevel.HIGH, List.of(new PanelActionSpec("a-1", ActionHeading.PROTECT,
                        " Safety plan ", "northshire-police", due)), today.plusDays(28), null), PANEL_CHAIR)
                .expectEvents(new YoungPersonDiscussedAtPanelEvent("child-1", CASE_1, "d-1", "m-1", today,
                                PanelDiscussionType.NEW, PanelRiskLevel.MEDIUM, PanelRiskLevel.HIGH, "Rationale",
                                List.of(ExploitationType.CRIMINAL), List.of("Northgate bus station"),
                                List.of("The Canal Street group"), today.plusDays(28), referredAt, PANEL_CHAIR_BY, now),
                        new PanelActionAgreedEvent("child-1", CASE_1, "a-1", "d-1", "m-1", ActionHeading.PROTECT,
                                "Safety plan", "northshire-police", due, today, PANEL_CHAIR_BY, now));

        fixture.given(opened(referredAt), discussed("d-1", today.minusDays(5), PanelDiscussionType.NEW,
                        PanelRiskLevel.MEDIUM, PanelRiskLevel.HIGH, today.plusDays(20), referredAt))
                .when(discussion("d-2", PanelRiskLevel.LOW, List.of(), today.plusDays(28), null), PANEL_CHAIR)
                .expectEvents(new YoungPersonDiscussedAtPanelEvent("child-1", CASE_1, "d-2", "m-1", today,
                        PanelDiscussionType.REVIEW, PanelRiskLevel.HIGH, PanelRiskLevel.LOW, "Rationale",
                        List.of(ExploitationType.CRIMINAL), List.of("Northgate bus station"),
                        List.of("The Canal Street group"), today.plusDays(28), referredAt, PANEL_CHAIR_BY, now));
    }

    @Test
    void theSameDiscussionSentAgainRecordsNothing() {
        Instant referredAt = now.minusSeconds(86_400);
        fixture.given(opened(referredAt), discussed("d-1", today, PanelDiscussionType.NEW, PanelRiskLevel.MEDIUM,
                        PanelRiskLevel.HIGH, today.plusDays(20), referredAt))
                .when(discussion("d-1", PanelRiskLevel.HIGH, List.of(), today.plusDays(20), null), PANEL_CHAIR)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aDiscussionNeedsAnOpenCase() {
        fixture.givenNoPriorActivity()
                .when(discussion("d-1", PanelRiskLevel.HIGH, List.of(), today.plusDays(20), null), PANEL_CHAIR)
                .expectException(refusal("never been referred"))
                .expectNoEvents();
        Instant referredAt = now.minusSeconds(86_400);
        fixture.given(opened(referredAt), new PanelCaseClosedEvent("child-1", CASE_1, ClosureReason.TURNED_18, null,
                        today, null, null, List.of(), PANEL_CHAIR_BY, now))
                .when(discussion("d-1", PanelRiskLevel.HIGH, List.of(), today.plusDays(20), null), PANEL_CHAIR)
                .expectException(refusal("no open panel case"))
                .expectNoEvents();
    }

    @Test
    void aDiscussionWithBadInputIsRefusedWithEveryProblemAndNothingApplied() {
        fixture.given(opened(now.minusSeconds(86_400)))
                .when(new RecordPanelDiscussionCommand("child-1", "d-1", "m-1", today.plusDays(1), null, " ", null,
                        List.of(), List.of(), List.of(new PanelActionSpec("a-1", null, "", "unknown-agency",
                                today.minusDays(30))), null, null, null), PANEL_CHAIR)
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage(allOf(containsString("before the meeting has taken place"),
                        containsString("agreed risk level"), containsString("rationale"),
                        containsString("next review date, or close the case"), containsString("heading"),
                        containsString("describe what is to be done"), containsString("not a registered agency")))
                .expectNoEvents();
        fixture.given(opened(now.minusSeconds(86_400)))
                .when(discussion("d-1", PanelRiskLevel.LOW, List.of(), today.plusDays(20), ClosureReason.RISK_REDUCED),
                        PANEL_CHAIR)
                .expectException(refusal("not both"))
                .expectNoEvents();
        fixture.given(opened(now.minusSeconds(86_400)))
                .when(discussion("d-1", PanelRiskLevel.LOW, List.of(), today, null), PANEL_CHAIR)
                .expectException(refusal("next review date must be after the discussion"))
                .expectNoEvents();
    }

    @Test
    void aDiscussionCannotPrecedeTheReferral() {
        fixture.given(opened(now))
                .when(new RecordPanelDiscussionCommand("child-1", "d-1", "m-1", today.minusDays(3),
                        PanelRiskLevel.LOW, "Rationale", null, null, null, null, today.plusDays(20), null, null),
                                PANEL_CHAIR)
                .expectException(refusal("before the young person was referred"))
                .expectNoEvents();
    }

    @Test
    void closingAtADiscussionWithdrawsOpenActions() {
        Instant referredAt = now.minusSeconds(86_400 * 40);
        PanelCaseClosedEvent closed = new PanelCaseClosedEvent("child-1", CASE_1, ClosureReason.RISK_REDUCED,
                "Settled at college", today, "d-2", "m-1", List.of("a-1"), PANEL_CHAIR_BY, now);
        fixture.given(opened(referredAt), discussed("d-1", today.minusDays(30), PanelDiscussionType.NEW,
                        PanelRiskLevel.MEDIUM, PanelRiskLevel.MEDIUM, today, referredAt),
                        agreed("a-1", "northshire-police", today.minusDays(30), today.plusDays(5)))
                .when(new RecordPanelDiscussionCommand("child-1", "d-2", "m-1", today, PanelRiskLevel.LOW,
                        "Rationale", null, null, null, null, null, ClosureReason.RISK_REDUCED, "Settled at college"),
                        PANEL_CHAIR)
                .expectEvents(new YoungPersonDiscussedAtPanelEvent("child-1", CASE_1, "d-2", "m-1", today,
                        PanelDiscussionType.REVIEW, PanelRiskLevel.MEDIUM, PanelRiskLevel.LOW, "Rationale",
                        List.of(ExploitationType.CRIMINAL), List.of(), List.of(), null, referredAt, PANEL_CHAIR_BY,
                                now),
                        closed);
    }

    @Test
    void aReferralAfterClosureOpensASecondCase() {
        Instant referredAt = now.minusSeconds(86_400 * 40);
        PanelCaseClosedEvent closed = new PanelCaseClosedEvent("child-1", CASE_1, ClosureReason.RISK_REDUCED,
                "Settled at college", today, "d-2", "m-1", List.of("a-1"), PANEL_CHAIR_BY, now);
        fixture.given(opened(referredAt), closed)
                .when(new ReferYoungPersonToPanelCommand("child-1", "pr-9", List.of(ExploitationType.ONLINE),
                        PanelRiskLevel.LOW, "New online concern"), POLICE)
                .expectEvents(new PanelCaseOpenedEvent("child-1", PanelIds.caseId("child-1", 2), "pr-9",
                        PanelReferralSource.AGENCY_REFERRAL, null, List.of(ExploitationType.ONLINE),
                        PanelRiskLevel.LOW, "New online concern", now, POLICE_BY, now));
    }

    @Test
    void aCaseClosedWithActionsAgreedAtTheSameTimeIsRefused() {
        fixture.given(opened(now.minusSeconds(86_400)))
                .when(discussion("d-1", PanelRiskLevel.LOW, List.of(new PanelActionSpec("a-1", ActionHeading.PREVENT,
                        "Letter", "northshire-csc", today.plusDays(3))), null, ClosureReason.MOVED_OUT_OF_AREA),
                                PANEL_CHAIR)
                .expectException(refusal("cannot have new actions"))
                .expectNoEvents();
    }

    @Test
    void theChairClosesACaseOutsideAMeetingWithAReason() {
        fixture.given(opened(now.minusSeconds(86_400)))
                .when(new ClosePanelCaseCommand("child-1", ClosureReason.TRANSFERRED, "To Westshire panel"),
                        PANEL_CHAIR)
                .expectEvents(new PanelCaseClosedEvent("child-1", CASE_1, ClosureReason.TRANSFERRED,
                        "To Westshire panel", today, null, null, List.of(), PANEL_CHAIR_BY, now));
        fixture.given(opened(now.minusSeconds(86_400)))
                .when(new ClosePanelCaseCommand("child-1", null, null), PANEL_CHAIR)
                .expectException(refusal("reason for closing"))
                .expectNoEvents();
        fixture.given(opened(now.minusSeconds(86_400)), new PanelCaseClosedEvent("child-1", CASE_1,
                        ClosureReason.TURNED_18, null, today, null, null, List.of(), PANEL_CHAIR_BY, now))
                .when(new ClosePanelCaseCommand("child-1", ClosureReason.TURNED_18, null), PANEL_CHAIR)
                .expectException(refusal("no open panel case"))
                .expectNoEvents();
    }

    @Test
    void onlyTheOwnerAgencyCompletesAnActionAndWhetherItWasOnTimeIsRecorded() {
        Instant referredAt = now.minusSeconds(86_400 * 30);
        LocalDate agreedOn = today.minusDays(20);
        LocalDate due = today.minusDays(5);
        Object[] given = {opened(referredAt), discussed("d-1", agreedOn, PanelDiscussionType.NEW, PanelRiskLevel.MEDIUM,
                PanelRiskLevel.HIGH, today.plusDays(10), referredAt), agreed("a-1", "northshire-police", agreedOn, due)};
        fixture.given(given)
                .when(new CompletePanelActionCommand("child-1", "a-1", today.minusDays(6), "Done"), PANEL_CHAIR)
                .expectException(refusal("Only the owner agency (northshire-police)"))
                .expectNoEvents();
        fixture.given(given)
                .when(new CompletePanelActionCommand("child-1", "a-1", today.minusDays(6), " Plan in place "), POLICE)
                .expectEvents(new PanelActionCompletedEvent("child-1", CASE_1, "a-1", ActionHeading.PROTECT,
                        "northshire-police", due, today.minusDays(6), true, "Plan in place", POLICE_BY, now));
        fixture.given(given)
                .when(new CompletePanelActionCommand("child-1", "a-1", today, "Plan in place"), POLICE)
                .expectEvents(new PanelActionCompletedEvent("child-1", CASE_1, "a-1", ActionHeading.PROTECT,
                        "northshire-police", due, today, false, "Plan in place", POLICE_BY, now));
    }

    @Test
    void anActionCompletedTwiceInTheFutureBeforeItWasAgreedOrWithoutOutcomeIsRefused() {
        Instant referredAt = now.minusSeconds(86_400 * 30);
        LocalDate agreedOn = today.minusDays(20);
        Object[] given = {opened(referredAt), agreed("a-1", "northshire-police", agreedOn, today)};
        fixture.given(given)
                .when(new CompletePanelActionCommand("child-1", "a-1", today.plusDays(1), " "), POLICE)
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage(allOf(containsString("cannot be in the future"),
                        containsString("outcome of the action")))
                .expectNoEvents();
        fixture.given(given)
                .when(new CompletePanelActionCommand("child-1", "a-1", agreedOn.minusDays(1), "Done"), POLICE)
                .expectException(refusal("before the action was agreed"))
                .expectNoEvents();
        fixture.given(opened(referredAt), agreed("a-1", "northshire-police", agreedOn, today),
                        new PanelActionCompletedEvent("child-1", CASE_1, "a-1", ActionHeading.PROTECT,
                                "northshire-police", today, today, true, "Done", POLICE_BY, now))
                .when(new CompletePanelActionCommand("child-1", "a-1", today, "Again"), POLICE)
                .expectException(refusal("already done"))
                .expectNoEvents();
        fixture.given(given)
                .when(new CompletePanelActionCommand("child-1", "a-9", today, "Done"), POLICE)
                .expectException(refusal("no such panel action"))
                .expectNoEvents();
    }

    // ---- merged child records ---------------------------------------------------------------------

    private PanelCaseMergedInEvent mergedIn(boolean openedTheCase, String caseId, Instant referredAt) {
        return new PanelCaseMergedInEvent("child-1", caseId, openedTheCase, MERGED_AWAY,
                PanelIds.caseId(MERGED_AWAY, 1), referredAt, PanelRiskLevel.HIGH, true, today.plusDays(14),
                List.of(new PanelCaseMergedInEvent.Referral("pr-d", PanelReferralSource.AGENCY_REFERRAL, null,
                        List.of(ExploitationType.SEXUAL), PanelRiskLevel.HIGH, "Disclosure", referredAt,
                        "northshire-police")),
                List.of(ExploitationType.SEXUAL),
                List.of(new PanelCaseMergedInEvent.Action("a-d", ActionHeading.PROTECT, "Safety plan",
                        "northshire-police", today.plusDays(7), today.minusDays(3))),
                SYSTEM_BY, now);
    }

    @Test
    void aMissingFlagOnARecordMergedSinceGoesToTheSurvivorsOpenCase() {
        Instant flaggedAt = now.minusSeconds(60);
        fixture.given(opened(now.minusSeconds(3600)))
                .when(new RecordMissingFlagPanelReferralCommand(MERGED_AWAY, "child-dup:repeat:e3", "REPEAT_MISSING",
                        flaggedAt), SYSTEM)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PanelReferralJoinedCaseEvent("child-1", CASE_1, "missing:child-dup:repeat:e3",
                        PanelReferralSource.MISSING_FLAG, "child-dup:repeat:e3", List.of(), null,
                        "Flagged by repeat missing episodes.", flaggedAt, SYSTEM_BY, now));
    }

    @Test
    void anAgencyReferralNamingAMergedRecordGoesToTheSurvivor() {
        fixture.given(opened(now.minusSeconds(3600)))
                .when(new ReferYoungPersonToPanelCommand(MERGED_AWAY, "pr-2", List.of(ExploitationType.CRIMINAL),
                        PanelRiskLevel.LOW, "Seen again"), POLICE)
                .expectEvents(new PanelReferralJoinedCaseEvent("child-1", CASE_1, "pr-2",
                        PanelReferralSource.AGENCY_REFERRAL, null, List.of(ExploitationType.CRIMINAL),
                        PanelRiskLevel.LOW, "Seen again", now, POLICE_BY, now));
    }

    @Test
    void aReferralThatCameWithAMergedCaseIsNotRecordedTwice() {
        fixture.given(mergedIn(true, CASE_1, now.minusSeconds(86_400)))
                .when(new ReferYoungPersonToPanelCommand(MERGED_AWAY, "pr-d", List.of(ExploitationType.SEXUAL),
                        PanelRiskLevel.HIGH, "Disclosure"), POLICE)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aMovedActionIsCompletedOnTheSurvivorsCaseAndTheNextDiscussionIsAReview() {
        fixture.given(mergedIn(true, CASE_1, now.minusSeconds(86_400 * 5)))
                .when(new CompletePanelActionCommand(MERGED_AWAY, "a-d", today, "Plan in place"), POLICE)
                .expectEvents(new PanelActionCompletedEvent("child-1", CASE_1, "a-d", ActionHeading.PROTECT,
                        "northshire-police", today.plusDays(7), today, true, "Plan in place", POLICE_BY, now));
        fixture.given(mergedIn(true, CASE_1, now.minusSeconds(86_400 * 5)))
                .when(new RecordPanelDiscussionCommand(MERGED_AWAY, "d-2", "m-1", today, PanelRiskLevel.MEDIUM,
                        "Rationale", null, List.of(), List.of(), List.of(), today.plusDays(28), null, null),
                                PANEL_CHAIR)
                .expectEvents(new YoungPersonDiscussedAtPanelEvent("child-1", CASE_1, "d-2", "m-1", today,
                        PanelDiscussionType.REVIEW, PanelRiskLevel.HIGH, PanelRiskLevel.MEDIUM, "Rationale",
                        List.of(ExploitationType.SEXUAL), List.of(), List.of(), today.plusDays(28),
                        now.minusSeconds(86_400 * 5), PANEL_CHAIR_BY, now));
    }

    @Test
    void aChairCannotCloseACaseAsMerged() {
        fixture.given(opened(now.minusSeconds(3600)))
                .when(new ClosePanelCaseCommand("child-1", ClosureReason.MERGED, null), PANEL_CHAIR)
                .expectException(refusal("only when two child records are merged"))
                .expectNoEvents();
        fixture.given(opened(now.minusSeconds(3600)))
                .when(discussion("d-1", PanelRiskLevel.LOW, List.of(), null, ClosureReason.MERGED), PANEL_CHAIR)
                .expectException(refusal("only when two child records are merged"))
                .expectNoEvents();
        org.assertj.core.api.Assertions.assertThat(ClosureReason.chosenByAChair()).doesNotContain(ClosureReason.MERGED);
    }
}
