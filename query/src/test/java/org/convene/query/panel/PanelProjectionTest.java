package org.convene.query.panel;

import org.convene.query.testsupport.OpenScreens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.query.testsupport.PanelEvents.action;
import static org.convene.query.testsupport.PanelEvents.closed;
import static org.convene.query.testsupport.PanelEvents.discussed;
import static org.convene.query.testsupport.PanelEvents.done;
import static org.convene.query.testsupport.PanelEvents.joined;
import static org.convene.query.testsupport.PanelEvents.mergedIn;
import static org.convene.query.testsupport.PanelEvents.opened;
import static org.convene.query.testsupport.ScreeningEvents.child;
import static org.convene.query.testsupport.ScreeningEvents.merged;
import static org.convene.query.testsupport.ScreeningEvents.received;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.convene.coordination.panel.api.ActionHeading;
import org.convene.coordination.panel.api.ClosureReason;
import org.convene.coordination.panel.api.PanelAgendaItemAddedEvent;
import org.convene.coordination.panel.api.PanelAgendaItemDeferredEvent;
import org.convene.coordination.panel.api.PanelDiscussionType;
import org.convene.coordination.panel.api.PanelMeetingAttendanceRecordedEvent;
import org.convene.coordination.panel.api.PanelMeetingScheduledEvent;
import org.convene.coordination.panel.api.PanelRiskLevel;
import org.convene.coordination.shared.api.TextRules;
import org.convene.query.child.ChildRecordsFixture;
import org.convene.query.panel.api.DriftFlag;
import org.convene.query.panel.api.FindOpenPanelCasesQuery;
import org.convene.query.panel.api.FindPanelAgendaQuery;
import org.convene.query.panel.api.FindPanelCaseQuery;
import org.convene.query.panel.api.FindPanelMeetingsQuery;
import org.convene.query.panel.api.PanelAgenda;
import org.convene.query.panel.api.PanelCaseDetails;
import org.convene.query.panel.api.PanelCaseSummary;
import org.convene.query.testsupport.Dispatch;
import org.convene.query.testsupport.EmbeddedMongo;
import org.convene.query.testsupport.PanelEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The panel's read side: case pages, the open-case list with drift flags, meetings and agendas. */
class PanelProjectionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = TODAY.atTime(9, 0).atZone(TextRules.UK).toInstant();
    private static final Instant T0 = NOW.minusSeconds(86_400L * 60);
    private static final LocalDate MEETING = TODAY.plusDays(3);

    private final EmbeddedMongo store = new EmbeddedMongo();
    private final QueryUpdateEmitter emitter = OpenScreens.watching(mock(QueryUpdateEmitter.class),
            FindPanelCaseQuery.class, FindOpenPanelCasesQuery.class, FindPanelAgendaQuery.class,
            FindPanelMeetingsQuery.class);
    private final ChildRecordsFixture children = new ChildRecordsFixture(store.template());
    private final PanelProjection projection = new PanelProjection(store.template(), emitter, children.directory(),
            Clock.fixed(NOW, TextRules.UK));
    private final List<Object> applied = new ArrayList<>();

    @BeforeEach
    void youngPeople() {
        children.on(child("c1", "Amira Fenwick", LocalDate.of(2010, 5, 4)));
        children.on(child("c2", "Kai Marsh", LocalDate.of(2009, 2, 1)));
        children.on(child("c3", "Leo Hart", LocalDate.of(2011, 8, 9)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void apply(Object... events) {
        for (Object event : events) {
            applied.add(event);
            Dispatch.to(event, projection);
        }
    }

    private PanelCaseDetails caseOf(String childId) {
        return projection.handle(new FindPanelCaseQuery(childId));
    }

    private List<PanelCaseSummary> open() {
        return projection.handle(new FindOpenPanelCasesQuery());
    }

    private PanelAgenda agenda() {
        return projection.handle(new FindPanelAgendaQuery("m-1"));
    }

    private PanelMeetingScheduledEvent meeting() {
        return new PanelMeetingScheduledEvent("m-1", MEETING, LocalTime.of(10, 0), "Dana Whitlock", "Room 2",
                PanelEvents.CHAIR, T0);
    }

    @Test
    void theCasePageAndTheAgendaShowTheRecordsVersionCarriedIntoANewCase() {
        apply(meeting());
        Dispatch.asEventOf("exploitation-panel:c1", 0, opened("c1", 1, "pr-1", PanelRiskLevel.MEDIUM, T0), projection);
        Dispatch.asEventOf("exploitation-panel:c1", 1, joined("c1", 1, "pr-2", T0.plusSeconds(86_400)), projection);
        assertThat(caseOf("c1").version()).isEqualTo(1L);
        assertThat(agenda().items()).extracting(PanelAgenda.Item::version).containsExactly(1L);
        Dispatch.asEventOf("exploitation-panel:c1", 2, closed("c1", 1, ClosureReason.RISK_REDUCED, TODAY.minusDays(1),
                List.of(), NOW.minusSeconds(3600)), projection);
        Dispatch.asEventOf("exploitation-panel:c1", 3, opened("c1", 2, "pr-3", PanelRiskLevel.HIGH, NOW), projection);
        assertThat(caseOf("c1").version()).isEqualTo(3L);
        Dispatch.asEventOf("exploitation-panel:c1", 1, joined("c1", 1, "pr-2", T0.plusSeconds(86_400)), projection);
        assertThat(caseOf("c1").version()).isEqualTo(3L);
    }

    @Test
    void aCaseShowsReferralsJoinedRiskHistoryActionsByHeadingAndPlaces() {
        apply(opened("c1", 1, "pr-1", PanelRiskLevel.MEDIUM, T0),
                joined("c1", 1, "pr-2", T0.plusSeconds(86_400)),
                discussed("c1", 1, "d-1", "m-0", TODAY.minusDays(30), PanelDiscussionType.NEW, PanelRiskLevel.MEDIUM,
                        PanelRiskLevel.HIGH, TODAY.plusDays(10), T0, NOW.minusSeconds(86_400L * 30)),
                action("c1", 1, "a-2", ActionHeading.PURSUE, "northshire-police", TODAY.minusDays(30),
                        TODAY.plusDays(5), NOW),
                action("c1", 1, "a-1", ActionHeading.PREPARE, "northshire-csc", TODAY.minusDays(30),
                        TODAY.minusDays(2), NOW),
                action("c1", 1, "a-3", ActionHeading.PROTECT, "northshire-police", TODAY.minusDays(30),
                        TODAY.minusDays(1), NOW),
                done("c1", 1, "a-3", "northshire-police", TODAY.minusDays(1), TODAY.minusDays(3), NOW));

        PanelCaseDetails details = caseOf("c1");
        assertThat(details.childName()).isEqualTo("Amira Fenwick");
        assertThat(details.open()).isTrue();
        assertThat(details.riskLevel()).isEqualTo(PanelRiskLevel.HIGH);
        assertThat(details.referrals()).extracting(PanelCaseDetails.Referral::panelReferralId)
                .containsExactly("pr-1", "pr-2");
        assertThat(details.referrals().get(0).openedTheCase()).isTrue();
        assertThat(details.riskHistory()).extracting(PanelCaseDetails.RiskChange::riskLevel)
                .containsExactly(PanelRiskLevel.MEDIUM, PanelRiskLevel.HIGH);
        assertThat(details.actions()).extracting(PanelCaseDetails.Action::actionId).containsExactly("a-1", "a-3", "a-2");
        assertThat(details.actions()).extracting(PanelCaseDetails.Action::status).containsExactly("OPEN", "DONE", "OPEN");
        assertThat(details.actions().get(0).overdue()).isTrue();
        assertThat(details.placesOfConcern()).containsExactly("Northgate bus station");
        assertThat(details.peerGroupsOfConcern()).containsExactly("Canal Street group");
        assertThat(details.nextReviewDate()).isEqualTo(TODAY.plusDays(10));
        assertThat(details.driftFlags()).containsExactly(DriftFlag.ACTIONS_OVERDUE);
        verify(emitter, atLeastOnce()).emit(eq(FindPanelCaseQuery.class), any(), any(PanelCaseDetails.class));
    }

    @Test
    void redeliveredEventsChangeNothingAndARebuildGivesTheSameResult() {
        apply(opened("c1", 1, "pr-1", PanelRiskLevel.MEDIUM, T0),
                joined("c1", 1, "pr-2", T0.plusSeconds(86_400)),
                meeting(),
                discussed("c1", 1, "d-1", "m-1", TODAY.minusDays(1), PanelDiscussionType.NEW, PanelRiskLevel.MEDIUM,
                        PanelRiskLevel.HIGH, TODAY.plusDays(10), T0, NOW),
                action("c1", 1, "a-1", ActionHeading.PREPARE, "northshire-csc", TODAY.minusDays(1), TODAY, NOW),
                done("c1", 1, "a-1", "northshire-csc", TODAY, TODAY, NOW),
                received("r-1", T0, false, null, "c1"));
        PanelCaseDetails before = caseOf("c1");
        PanelAgenda agendaBefore = agenda();

        for (Object event : List.copyOf(applied)) {
            Dispatch.to(event, projection);
        }
        assertThat(caseOf("c1")).isEqualTo(before);
        assertThat(agenda()).isEqualTo(agendaBefore);

        projection.reset();
        assertThat(caseOf("c1")).isNull();
        for (Object event : List.copyOf(applied)) {
            Dispatch.to(event, projection);
        }
        assertThat(caseOf("c1")).isEqualTo(before);
        assertThat(open()).hasSize(1);
    }

    @Test
    void closureMovesTheCaseOffTheOpenListWithdrawsOpenActionsAndANewReferralStartsAFreshCase() {
        apply(opened("c1", 1, "pr-1", PanelRiskLevel.MEDIUM, T0),
                action("c1", 1, "a-1", ActionHeading.PREVENT, "northshire-csc", TODAY.minusDays(20), TODAY, NOW),
                closed("c1", 1, ClosureReason.MOVED_OUT_OF_AREA, TODAY.minusDays(10), List.of("a-1"), NOW));
        assertThat(open()).isEmpty();
        PanelCaseDetails closedCase = caseOf("c1");
        assertThat(closedCase.open()).isFalse();
        assertThat(closedCase.closure().reason()).isEqualTo(ClosureReason.MOVED_OUT_OF_AREA);
        assertThat(closedCase.actions()).extracting(PanelCaseDetails.Action::status).containsExactly("WITHDRAWN");
        assertThat(closedCase.driftFlags()).isEmpty();

        apply(opened("c1", 2, "pr-9", PanelRiskLevel.LOW, NOW.minusSeconds(3600)));
        PanelCaseDetails second = caseOf("c1");
        assertThat(second.caseId()).isEqualTo(PanelEvents.caseOf("c1", 2));
        assertThat(second.open()).isTrue();
        assertThat(second.actions()).isEmpty();
        assertThat(second.previousCases()).extracting(PanelCaseDetails.Closure::reason)
                .containsExactly(ClosureReason.MOVED_OUT_OF_AREA);
        assertThat(open()).extracting(PanelCaseSummary::childId).containsExactly("c1");

        // the first case's opening, redelivered late, does not bring it back
        Dispatch.to(applied.get(0), projection);
        assertThat(caseOf("c1").caseId()).isEqualTo(PanelEvents.caseOf("c1", 2));
    }

    @Test
    void driftFlagsReviewOverdueActionsOverdueAndThirdReferralIn12MonthsDriftingFirst() {
        apply(opened("c1", 1, "pr-1", PanelRiskLevel.LOW, T0),
                discussed("c1", 1, "d-1", null, TODAY.minusDays(40), PanelDiscussionType.NEW, PanelRiskLevel.LOW,
                        PanelRiskLevel.LOW, TODAY.minusDays(1), T0, NOW),
                opened("c2", 1, "pr-2", PanelRiskLevel.HIGH, T0),
                opened("c3", 1, "pr-3", PanelRiskLevel.MEDIUM, T0),
                received("r-old", NOW.minusSeconds(86_400L * 400), false, null, "c3"),
                received("r-1", NOW.minusSeconds(86_400L * 300), false, null, "c3"),
                received("r-2", NOW.minusSeconds(86_400L * 100), false, null, "c3"));
        assertThat(caseOf("c3").driftFlags()).isEmpty();
        assertThat(caseOf("c3").referralsInLast12Months()).isEqualTo(2);

        apply(received("r-3", NOW.minusSeconds(86_400L), false, null, "c3"));
        List<PanelCaseSummary> list = open();
        assertThat(list).extracting(PanelCaseSummary::childId).containsExactly("c3", "c1", "c2");
        assertThat(list.get(0).driftFlags()).containsExactly(DriftFlag.THIRD_REFERRAL_IN_12_MONTHS);
        assertThat(list.get(1).driftFlags()).containsExactly(DriftFlag.REVIEW_OVERDUE);
        assertThat(list.get(2).driftFlags()).isEmpty();
    }

    @Test
    void theAgendaHoldsNewReferralsDueReviewsAndAdditionsButNotDeferredItems() {
        apply(meeting(),
                opened("c1", 1, "pr-1", PanelRiskLevel.MEDIUM, T0),
                opened("c2", 1, "pr-2", PanelRiskLevel.HIGH, T0),
                discussed("c2", 1, "d-2", null, TODAY.minusDays(20), PanelDiscussionType.NEW, PanelRiskLevel.HIGH,
                        PanelRiskLevel.HIGH, MEETING, T0, NOW),
                opened("c3", 1, "pr-3", PanelRiskLevel.LOW, T0),
                discussed("c3", 1, "d-3", null, TODAY.minusDays(20), PanelDiscussionType.NEW, PanelRiskLevel.LOW,
                        PanelRiskLevel.LOW, MEETING.plusDays(30), T0, NOW));
        assertThat(agenda().items()).extracting(PanelAgenda.Item::childId, PanelAgenda.Item::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c1", PanelAgenda.Reason.NEW_REFERRAL),
                        org.assertj.core.groups.Tuple.tuple("c2", PanelAgenda.Reason.REVIEW_DUE));

        apply(new PanelAgendaItemAddedEvent("m-1", MEETING, "c3", "Arrested in Northgate", PanelEvents.CHAIR, NOW),
                new PanelAgendaItemDeferredEvent("m-1", MEETING, "c1", "Social worker on leave", PanelEvents.CHAIR,
                        NOW),
                new PanelMeetingAttendanceRecordedEvent("m-1", MEETING, List.of("northshire-police"),
                        List.of("safe-steps"), PanelEvents.CHAIR, NOW));
        PanelAgenda agenda = agenda();
        assertThat(agenda.items()).extracting(PanelAgenda.Item::childId).containsExactly("c2", "c3");
        assertThat(agenda.items().get(1).note()).isEqualTo("Arrested in Northgate");
        assertThat(agenda.deferred()).extracting(PanelAgenda.Deferred::childName, PanelAgenda.Deferred::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Amira Fenwick", "Social worker on leave"));
        assertThat(agenda.agenciesPresent()).containsExactly("northshire-police");
        assertThat(agenda.apologies()).containsExactly("safe-steps");
        assertThat(agenda.meeting().chairName()).isEqualTo("Dana Whitlock");

        // the outcome recorded for the meeting keeps the young person on its agenda, marked discussed
        apply(discussed("c2", 1, "d-4", "m-1", TODAY, PanelDiscussionType.REVIEW, PanelRiskLevel.HIGH,
                PanelRiskLevel.MEDIUM, MEETING.plusDays(28), T0, NOW));
        PanelAgenda.Item c2 = agenda().items().stream().filter(i -> i.childId().equals("c2")).findFirst().orElseThrow();
        assertThat(c2.discussed()).isTrue();
        assertThat(c2.agreedRiskLevel()).isEqualTo(PanelRiskLevel.MEDIUM);
        assertThat(projection.handle(new FindPanelMeetingsQuery())).extracting(s -> s.discussed()).containsExactly(1);
    }

    // ---- merged child records ---------------------------------------------------------------------

    private void merge(String duplicateId, String survivorId) {
        children.on(merged(duplicateId, survivorId, NOW));
        apply(merged(duplicateId, survivorId, NOW));
    }

    @Test
    void twoOpenCasesMergedLeaveOneOpenCaseWithBothCasesReferralsActionsAndDiscussions() {
        apply(opened("c1", 1, "pr-1", PanelRiskLevel.MEDIUM, T0.plusSeconds(86_400 * 10)),
                action("c1", 1, "a-1", ActionHeading.PREPARE, "northshire-csc", TODAY.minusDays(5), TODAY.plusDays(9),
                        NOW),
                opened("c2", 1, "pr-2", PanelRiskLevel.HIGH, T0),
                discussed("c2", 1, "d-2", "m-0", TODAY.minusDays(20), PanelDiscussionType.NEW, PanelRiskLevel.HIGH,
                        PanelRiskLevel.HIGH, TODAY.plusDays(8), T0, NOW.minusSeconds(86_400L * 20)),
                action("c2", 1, "a-2", ActionHeading.PREVENT, "northshire-csc", TODAY.minusDays(20), TODAY.plusDays(4),
                        NOW),
                received("r-2", T0, false, null, "c2"));
        assertThat(open()).extracting(PanelCaseSummary::childId).containsExactlyInAnyOrder("c1", "c2");

        merge("c2", "c1");
        apply(mergedIn("c1", 1, false, "c2", "pr-2", T0, PanelRiskLevel.HIGH, true, TODAY.plusDays(8), "a-2",
                        TODAY.minusDays(20), TODAY.plusDays(4), NOW),
                closed("c2", 1, ClosureReason.MERGED, TODAY, List.of(), NOW));

        assertThat(open()).extracting(PanelCaseSummary::childId).containsExactly("c1");
        PanelCaseDetails details = caseOf("c1");
        assertThat(details.open()).isTrue();
        assertThat(details.caseId()).isEqualTo(PanelEvents.caseOf("c1", 1));
        assertThat(details.riskLevel()).isEqualTo(PanelRiskLevel.HIGH);
        assertThat(details.referredAt()).isEqualTo(T0);
        assertThat(details.nextReviewDate()).isEqualTo(TODAY.plusDays(8));
        assertThat(details.referrals()).extracting(PanelCaseDetails.Referral::panelReferralId)
                .containsExactly("pr-2", "pr-1");
        assertThat(details.actions()).extracting(PanelCaseDetails.Action::actionId)
                .containsExactlyInAnyOrder("a-1", "a-2");
        assertThat(details.actions()).extracting(PanelCaseDetails.Action::status).containsOnly("OPEN");
        assertThat(details.discussions()).extracting(PanelCaseDetails.Discussion::discussionId).containsExactly("d-2");
        assertThat(details.placesOfConcern()).containsExactly("Northgate bus station");
        assertThat(details.referralsInLast12Months()).isEqualTo(1);   // the duplicate's referral counts here
        assertThat(caseOf("c2")).isEqualTo(details);                  // the duplicate's id opens the survivor's case

        // redelivered, then rebuilt: the same
        for (Object event : List.copyOf(applied)) {
            Dispatch.to(event, projection);
        }
        assertThat(caseOf("c1")).isEqualTo(details);
        assertThat(open()).hasSize(1);
        projection.reset();
        for (Object event : List.copyOf(applied)) {
            Dispatch.to(event, projection);
        }
        assertThat(caseOf("c1")).isEqualTo(details);
        assertThat(open()).extracting(PanelCaseSummary::childId).containsExactly("c1");
    }

    @Test
    void whenOnlyTheDuplicateHadAnOpenCaseItBecomesTheSurvivorsOpenCase() {
        apply(opened("c1", 1, "pr-1", PanelRiskLevel.LOW, T0),
                closed("c1", 1, ClosureReason.RISK_REDUCED, TODAY.minusDays(40), List.of(), NOW),
                opened("c2", 1, "pr-2", PanelRiskLevel.MEDIUM, T0.plusSeconds(86_400 * 25)),
                action("c2", 1, "a-2", ActionHeading.PREVENT, "northshire-csc", TODAY.minusDays(20), TODAY.plusDays(4),
                        NOW));

        merge("c2", "c1");
        apply(mergedIn("c1", 2, true, "c2", "pr-2", T0.plusSeconds(86_400 * 25), PanelRiskLevel.MEDIUM, false, null,
                        "a-2", TODAY.minusDays(20), TODAY.plusDays(4), NOW),
                closed("c2", 1, ClosureReason.MERGED, TODAY, List.of(), NOW));

        assertThat(open()).extracting(PanelCaseSummary::childId).containsExactly("c1");
        PanelCaseDetails details = caseOf("c1");
        assertThat(details.caseId()).isEqualTo(PanelEvents.caseOf("c1", 2));
        assertThat(details.referrals()).extracting(PanelCaseDetails.Referral::openedTheCase).containsExactly(true);
        assertThat(details.riskHistory()).extracting(PanelCaseDetails.RiskChange::riskLevel)
                .containsExactly(PanelRiskLevel.MEDIUM);
        assertThat(details.previousCases()).extracting(PanelCaseDetails.Closure::reason)
                .containsExactly(ClosureReason.RISK_REDUCED);
        assertThat(details.actions()).extracting(PanelCaseDetails.Action::actionId).containsExactly("a-2");
    }
}
