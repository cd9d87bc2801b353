package org.convene.coordination.panel;

import static org.convene.coordination.shared.TestActors.PANEL_CHAIR;
import static org.convene.coordination.shared.TestActors.PANEL_CHAIR_BY;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.convene.coordination.child.ChildRecords;
import org.convene.coordination.child.TestChildRecords;
import org.convene.coordination.panel.api.ActionHeading;
import org.convene.coordination.panel.api.ClosePanelCaseCommand;
import org.convene.coordination.panel.api.ClosureReason;
import org.convene.coordination.panel.api.ExploitationType;
import org.convene.coordination.panel.api.PanelActionAgreedEvent;
import org.convene.coordination.panel.api.PanelActionCompletedEvent;
import org.convene.coordination.panel.api.PanelCaseClosedEvent;
import org.convene.coordination.panel.api.PanelCaseOpenedEvent;
import org.convene.coordination.panel.api.PanelDiscussionType;
import org.convene.coordination.panel.api.PanelIds;
import org.convene.coordination.panel.api.PanelReferralJoinedCaseEvent;
import org.convene.coordination.panel.api.PanelReferralSource;
import org.convene.coordination.panel.api.PanelRiskLevel;
import org.convene.coordination.panel.api.RecordPanelDiscussionCommand;
import org.convene.coordination.panel.api.YoungPersonDiscussedAtPanelEvent;
import org.convene.coordination.referral.ReferralChildren;
import org.convene.coordination.shared.TestAgencies;
import org.convene.coordination.shared.api.ChangedMeanwhileException;
import org.convene.coordination.shared.api.RecordedBy;
import org.convene.coordination.shared.api.TextRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 7 at the panel: an outcome or a closure sent from a screen (agenda or case page)
 * that did not show another discussion, a closure, a new referral or a new case is refused, naming
 * it; an action marked done meanwhile is no reason to refuse. Versions are sequence numbers: the
 * case's opening is 0.
 */
class PanelStaleScreenTest {

    private static final Map<String, String> AGENCIES = Map.of("northshire-police", "Northshire Police",
            "northshire-csc", "Northshire Children's Social Care");
    private static final RecordedBy POLICE_BY = new RecordedBy("panel.member", "northshire-police");
    private static final RecordedBy DEPUTY_BY = new RecordedBy("panel.deputy", "northshire-police");
    private static final String CASE_1 = PanelIds.caseId("child-1", 1);

    private FixtureConfiguration<YoungPersonPanelRecord> fixture;
    private Instant now;
    private LocalDate today;
    private Instant referredAt;
    private String at;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(YoungPersonPanelRecord.class);
        ChildRecords children = TestChildRecords.everyChildCurrent();
        fixture.registerAnnotatedCommandHandler(new PanelRecordHandler(fixture.getRepository(), children,
                new ReferralChildren(null), TestAgencies.named(AGENCIES)));
        now = fixture.givenNoPriorActivity().currentTime();
        today = LocalDate.ofInstant(now, TextRules.UK);
        referredAt = now.minusSeconds(86_400 * 10);
        at = "at " + DateTimeFormatter.ofPattern("HH:mm").format(now.minusSeconds(60).atZone(TextRules.UK));
    }

    private PanelCaseOpenedEvent opened() {
        return new PanelCaseOpenedEvent("child-1", CASE_1, "pr-1", PanelReferralSource.AGENCY_REFERRAL, null,
                List.of(ExploitationType.CRIMINAL), PanelRiskLevel.MEDIUM, "Seen with older males", referredAt,
                POLICE_BY, referredAt);
    }

    private YoungPersonDiscussedAtPanelEvent discussedByTheDeputy(String id, PanelRiskLevel agreed) {
        return new YoungPersonDiscussedAtPanelEvent("child-1", CASE_1, id, "m-1", today, PanelDiscussionType.NEW,
                PanelRiskLevel.MEDIUM, agreed, "Their rationale", List.of(ExploitationType.CRIMINAL), List.of(),
                List.of(), today.plusDays(28), referredAt, DEPUTY_BY, now.minusSeconds(60));
    }

    private RecordPanelDiscussionCommand outcome(String id, Long version) {
        return new RecordPanelDiscussionCommand("child-1", id, "m-1", today, PanelRiskLevel.LOW, "My rationale",
                null, List.of(), List.of(), List.of(), today.plusDays(28), null, null, version);
    }

    private YoungPersonDiscussedAtPanelEvent mine(String id, PanelDiscussionType type, PanelRiskLevel previous) {
        return new YoungPersonDiscussedAtPanelEvent("child-1", CASE_1, id, "m-1", today, type, previous,
                PanelRiskLevel.LOW, "My rationale", List.of(ExploitationType.CRIMINAL), List.of(), List.of(),
                today.plusDays(28), referredAt, PANEL_CHAIR_BY, now);
    }

    @Test
    void anOutcomeFromAStaleAgendaIsRefusedNamingTheOtherOutcomeItsRiskAndWho() {
        fixture.given(opened(), discussedByTheDeputy("d-9", PanelRiskLevel.HIGH))
                .when(outcome("d-1", 0L), PANEL_CHAIR)
                .expectException(ChangedMeanwhileException.class)
                .expectExceptionMessage("While you had this open, panel.deputy (Northshire Police) recorded the "
                        + "panel's outcome (risk high) " + at + ". Nothing of yours was saved: reload to see it and "
                        + "record the outcome again.")
                .expectNoEvents();
    }

    @Test
    void anOutcomeIsRefusedWhenANewReferralJoinedOrTheCaseWasClosedMeanwhile() {
        fixture.given(opened(), new PanelReferralJoinedCaseEvent("child-1", CASE_1, "pr-2",
                        PanelReferralSource.AGENCY_REFERRAL, null, List.of(ExploitationType.SEXUAL), PanelRiskLevel.HIGH,
                        "Disclosure at school", now.minusSeconds(60), POLICE_BY, now.minusSeconds(60)))
                .when(outcome("d-1", 0L), PANEL_CHAIR)
                .expectException(ChangedMeanwhileException.class)
                .expectExceptionMessage(containsString("panel.member (Northshire Police) added a new referral to the "
                        + "case " + at))
                .expectNoEvents();
        fixture.given(opened(), new PanelCaseClosedEvent("child-1", CASE_1, ClosureReason.TRANSFERRED, null, today,
                        null, null, List.of(), DEPUTY_BY, now.minusSeconds(60)))
                .when(outcome("d-1", 0L), PANEL_CHAIR)
                .expectException(ChangedMeanwhileException.class)
                .expectExceptionMessage(containsString("panel.deputy (Northshire Police) closed the panel case"))
                .expectNoEvents();
    }

    @Test
    void anActionMarkedDoneMeanwhileDoesNotRefuseAnOutcome() {
        YoungPersonDiscussedAtPanelEvent earlier = new YoungPersonDiscussedAtPanelEvent("child-1", CASE_1, "d-0",
                "m-0", today.minusDays(28), PanelDiscussionType.NEW, PanelRiskLevel.MEDIUM, PanelRiskLevel.MEDIUM,
                "Earlier", List.of(ExploitationType.CRIMINAL), List.of(), List.of(), today, referredAt, PANEL_CHAIR_BY,
                now.minusSeconds(86_400 * 28));
        fixture.given(opened(), earlier,
                        new PanelActionAgreedEvent("child-1", CASE_1, "a-1", "d-0", "m-0", ActionHeading.PROTECT,
                                "Safety plan", "northshire-police", today, today.minusDays(28), PANEL_CHAIR_BY,
                                now.minusSeconds(86_400 * 28)),
                        new PanelActionCompletedEvent("child-1", CASE_1, "a-1", ActionHeading.PROTECT,
                                "northshire-police", today, today, true, "Plan in place", POLICE_BY,
                                now.minusSeconds(60)))
                .when(outcome("d-1", 2L), PANEL_CHAIR)
                .expectSuccessfulHandlerExecution()
                .expectEvents(mine("d-1", PanelDiscussionType.REVIEW, PanelRiskLevel.MEDIUM));
    }

    @Test
    void theSameOutcomeSentAgainIsNotSomeoneElsesChangeAndRecordsNothing() {
        fixture.given(opened(), mine("d-1", PanelDiscussionType.NEW, PanelRiskLevel.MEDIUM))
                .when(outcome("d-1", 0L), PANEL_CHAIR)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aClosureFromAStaleCasePageIsRefusedAndOneFromAFreshPageGoesThrough() {
        fixture.given(opened(), discussedByTheDeputy("d-9", PanelRiskLevel.HIGH))
                .when(new ClosePanelCaseCommand("child-1", ClosureReason.RISK_REDUCED, null, 0L), PANEL_CHAIR)
                .expectException(ChangedMeanwhileException.class)
                .expectExceptionMessage(allOf(containsString("panel.deputy (Northshire Police) recorded the panel's "
                        + "outcome (risk high) " + at), containsString("decide again whether to close the case.")))
                .expectNoEvents();
        fixture.given(opened(), discussedByTheDeputy("d-9", PanelRiskLevel.HIGH))
                .when(new ClosePanelCaseCommand("child-1", ClosureReason.RISK_REDUCED, null, 1L), PANEL_CHAIR)
                .expectEvents(new PanelCaseClosedEvent("child-1", CASE_1, ClosureReason.RISK_REDUCED, null, today,
                        null, null, List.of(), PANEL_CHAIR_BY, now));
    }
}
