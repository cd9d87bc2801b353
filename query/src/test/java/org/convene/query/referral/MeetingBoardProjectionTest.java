package org.convene.query.referral;

import static org.convene.query.referral.ScreeningProjections.AMIRA_BORN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.query.testsupport.ScreeningEvents.HEALTH;
import static org.convene.query.testsupport.ScreeningEvents.POLICE;
import static org.convene.query.testsupport.ScreeningEvents.SOCIAL;
import static org.convene.query.testsupport.ScreeningEvents.action;
import static org.convene.query.testsupport.ScreeningEvents.child;
import static org.convene.query.testsupport.ScreeningEvents.completed;
import static org.convene.query.testsupport.ScreeningEvents.contribution;
import static org.convene.query.testsupport.ScreeningEvents.decided;
import static org.convene.query.testsupport.ScreeningEvents.merged;
import static org.convene.query.testsupport.ScreeningEvents.received;
import static org.convene.query.testsupport.ScreeningEvents.withdrawn;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.convene.coordination.referral.api.DashLevel;
import org.convene.coordination.referral.api.ChildWithoutRecord;
import org.convene.coordination.referral.api.ReferralReceivedEvent;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.coordination.shared.api.WorkingDays;
import org.convene.query.referral.api.ChildRef;
import org.convene.query.testsupport.Dispatch;
import org.convene.query.referral.api.FindMeetingBoardQuery;
import org.convene.query.referral.api.MeetingBoardItem;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class MeetingBoardProjectionTest {

    private static final Instant MON = Instant.parse("2026-03-16T09:00:00Z");

    @AutoClose
    private final ScreeningProjections p = new ScreeningProjections().withAmiraFenwick().withHerBrotherTobias();

    private List<MeetingBoardItem> board() {
        return p.board.handle(new FindMeetingBoardQuery());
    }

    /** Applies an event to every referral projection, as the processing group does. */
    private void apply(Object event) {
        Dispatch.to(event, p.details, p.board, p.actions);
    }

    @Test
    void urgentFirstThenDashHighToStandardThenNoneThenOldestFirst() {
        apply(received("standard-old", MON, false, DashLevel.STANDARD, "c1"));
        apply(received("none", MON.minusSeconds(7200), false, null, "c1"));
        apply(received("high-new", MON.plusSeconds(3600), false, DashLevel.HIGH, "c1"));
        apply(received("high-old", MON.minusSeconds(3600), false, DashLevel.HIGH, "c1"));
        apply(received("medium", MON, false, DashLevel.MEDIUM, "c1"));
        apply(received("urgent-standard", MON.plusSeconds(7200), true, DashLevel.STANDARD, "c1"));
        apply(received("urgent-none", MON.plusSeconds(60), true, null, "c1"));

        assertThat(board()).extracting(MeetingBoardItem::referralId).containsExactly(
                "urgent-standard", "urgent-none", "high-old", "high-new", "medium", "standard-old", "none");
    }

    @Test
    void anItemCarriesItsChildrenAgenciesAndTheScreeningTarget() {
        apply(received("r1", MON, false, DashLevel.MEDIUM, "c1", "c2"));
        apply(contribution("r1", SOCIAL, "Known: child in need 2024.", MON.plusSeconds(600)));
        apply(contribution("r1", HEALTH, "Not known.", MON.plusSeconds(700)));
        apply(contribution("r1", SOCIAL, "Known: also a 2025 assessment.", MON.plusSeconds(800)));

        MeetingBoardItem item = board().get(0);
        assertThat(item.children()).containsExactly(new ChildRef("c1", "Amira Fenwick", AMIRA_BORN, false),
                new ChildRef("c2", "Tobias Fenwick", AMIRA_BORN.plusYears(2), false));
        assertThat(item.contributingAgencies()).containsExactly("northshire-csc", "northshire-health");
        assertThat(item.screeningDueBy()).isEqualTo(WorkingDays.ENGLAND.screeningDueBy(MON))
                .isEqualTo(Instant.parse("2026-03-18T00:00:00Z"));
        assertThat(item.sourceDescription()).isEqualTo("POLICE.");
        assertThat(item.removed()).isFalse();
    }

    @Test
    void aFirstReleaseReferralNamingAChildWithoutRecordIsOnTheBoard() {
        // the first release's ReferralRecordedEvent as the upcaster reads it (decision 0027)
        apply(new ReferralReceivedEvent("legacy", MON, "6", ReferralType.OTHER, null, List.of(),
                List.of(new ChildWithoutRecord("Lola Marchetti", AMIRA_BORN)), List.of(), List.of(), null, "Fictitious.",
                false, null, POLICE, MON));

        assertThat(board()).singleElement().satisfies(i -> {
            assertThat(i.children()).containsExactly(new ChildRef(null, "Lola Marchetti", AMIRA_BORN, false));
            assertThat(i.dashLevel()).isNull();
        });
    }

    @Test
    void aDecisionOrAWithdrawalTakesTheReferralOffTheBoardAndTellsOpenViews() {
        apply(received("decided", MON, false, DashLevel.MEDIUM, "c1"));
        apply(received("withdrawn", MON, false, DashLevel.MEDIUM, "c2"));
        apply(received("waiting", MON, false, DashLevel.MEDIUM, "c2"));

        apply(decided("decided", "d1", MON.plusSeconds(3600)));
        apply(withdrawn("withdrawn", MON.plusSeconds(3600)));

        assertThat(board()).extracting(MeetingBoardItem::referralId).containsExactly("waiting");
        assertThat(emitted()).filteredOn(MeetingBoardItem::removed).extracting(MeetingBoardItem::referralId)
                .containsExactlyInAnyOrder("decided", "withdrawn");
    }

    @Test
    void theBoardFollowsAChildRecordMerge() {
        apply(received("r1", MON, false, DashLevel.MEDIUM, "c2", "c1"));
        var merge = merged("c2", "c1", MON.plusSeconds(60));
        p.children.on(merge);
        apply(merge);

        assertThat(board().get(0).children()).extracting(ChildRef::childId).containsExactly("c1");
        assertThat(emitted()).last().satisfies(i -> assertThat(i.children()).extracting(ChildRef::childId)
                .containsExactly("c1"));
    }

    @Test
    void overdueActionsAreOpenActionsOfTheReferralDueBeforeToday() {
        // An item on the board with open actions (e.g. from an earlier decision): counted against
        // the clock's today (2026-03-20), not when the action was recorded.
        apply(received("r1", MON, false, DashLevel.MEDIUM, "c1"));
        p.actions.on(decided("r1", "d0", MON, action("a1", "northshire-csc", LocalDate.of(2026, 3, 19)),
                action("a2", "northshire-csc", LocalDate.of(2026, 3, 20)),
                action("a3", "northshire-police", LocalDate.of(2026, 3, 18))));

        assertThat(board().get(0).overdueActions()).isEqualTo(2);

        p.actions.on(completed("r1", "a3", POLICE, MON.plusSeconds(60)));
        assertThat(board().get(0).overdueActions()).isEqualTo(1);
    }

    @Test
    void aNewReferralShowsTheOverdueActionsOfEarlierReferralsOfTheSameChildren() {
        // Last week's referral of Amira was decided with an action that is now overdue.
        apply(received("earlier", MON.minusSeconds(7 * 86_400), false, DashLevel.MEDIUM, "c1"));
        apply(decided("earlier", "d1", MON.minusSeconds(6 * 86_400),
                action("a1", "northshire-csc", LocalDate.of(2026, 3, 17))));
        // Today Amira and her brother are referred again; an unrelated child too.
        apply(received("today", MON, false, DashLevel.MEDIUM, "c1", "c2"));
        p.children.on(child("c3", "Lola Marchetti", AMIRA_BORN));
        apply(received("unrelated", MON, false, DashLevel.MEDIUM, "c3"));

        assertThat(board()).filteredOn(i -> i.referralId().equals("today"))
                .extracting(MeetingBoardItem::overdueActions).containsExactly(1);
        assertThat(board()).filteredOn(i -> i.referralId().equals("unrelated"))
                .extracting(MeetingBoardItem::overdueActions).containsExactly(0);

        apply(completed("earlier", "a1", SOCIAL, MON.plusSeconds(60)));
        assertThat(board()).filteredOn(i -> i.referralId().equals("today"))
                .extracting(MeetingBoardItem::overdueActions).containsExactly(0);
    }

    @Test
    void applyingTheSameEventsTwiceChangesNothing() {
        var receipt = received("r1", MON, false, DashLevel.MEDIUM, "c1");
        var contribution = contribution("r1", SOCIAL, "Known.", MON.plusSeconds(600));
        apply(receipt);
        apply(contribution);
        List<MeetingBoardItem> before = board();

        apply(receipt);
        apply(contribution);
        assertThat(board()).isEqualTo(before);

        var decision = decided("r1", "d1", MON.plusSeconds(3600));
        apply(decision);
        apply(receipt); // redelivered after the decision: stays off the board
        apply(contribution);
        apply(decision);
        assertThat(board()).isEmpty();
    }

    @Test
    void withNoScreenOpenNoUpdateIsBuiltOrSentButTheBoardIsKept() {
        QueryUpdateEmitter nobodyWatching = mock(QueryUpdateEmitter.class);
        MeetingBoardProjection board = new MeetingBoardProjection(p.store.template(), nobodyWatching,
                p.children.directory(), p.clock);
        Dispatch.to(received("r1", MON, false, DashLevel.MEDIUM, "c1"), board);
        Dispatch.to(received("r2", MON, false, DashLevel.HIGH, "c2"), board);
        Dispatch.to(withdrawn("r2", MON.plusSeconds(600)), board);

        verify(nobodyWatching, never()).emit(any(Class.class), any(Predicate.class), any());
        assertThat(board.handle(new FindMeetingBoardQuery())).extracting(MeetingBoardItem::referralId)
                .containsExactly("r1");
    }

    @Test
    void resetEmptiesTheBoard() {
        apply(received("r1", MON, false, DashLevel.MEDIUM, "c1"));
        p.board.reset();
        assertThat(board()).isEmpty();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<MeetingBoardItem> emitted() {
        ArgumentCaptor<MeetingBoardItem> items = ArgumentCaptor.forClass(MeetingBoardItem.class);
        verify(p.emitter, atLeastOnce()).emit(eq(FindMeetingBoardQuery.class), (Predicate) any(Predicate.class),
                items.capture());
        return items.getAllValues();
    }
}
