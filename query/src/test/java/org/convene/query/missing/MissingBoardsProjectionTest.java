package org.convene.query.missing;

import static org.convene.query.missing.MissingProjections.AMIRA_BORN;
import static org.convene.query.missing.MissingProjections.T;
import static org.convene.query.testsupport.OpenScreens.updates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.query.testsupport.MissingEvents.offered;
import static org.convene.query.testsupport.MissingEvents.outcome;
import static org.convene.query.testsupport.MissingEvents.overdue;
import static org.convene.query.testsupport.MissingEvents.reassessed;
import static org.convene.query.testsupport.MissingEvents.reported;
import static org.convene.query.testsupport.MissingEvents.returned;
import static org.convene.query.testsupport.MissingEvents.textSafe;
import static org.convene.query.testsupport.ScreeningEvents.SOCIAL;

import java.util.List;

import org.convene.coordination.child.api.ChildRegisteredEvent;
import org.convene.coordination.missing.api.CareAbsenceType;
import org.convene.coordination.missing.api.InterviewOutcome;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.query.missing.api.AwaitingInterviewItem;
import org.convene.query.missing.api.FindAwaitingInterviewQuery;
import org.convene.query.missing.api.FindMissingNowQuery;
import org.convene.query.missing.api.MissingNowItem;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MissingBoardsProjectionTest {

    @AutoClose
    private final MissingProjections p = new MissingProjections().withAmiraFenwick();

    @BeforeEach
    void aSecondChild() {
        p.children.on(new ChildRegisteredEvent("c2", "Kai Marsh", AMIRA_BORN.plusYears(1), false, "1", "WBRI", "Southtown",
                List.of(), true, SOCIAL, T.minusSeconds(86400 * 30)));
    }

    private List<MissingNowItem> missingNow() {
        return p.boards.handle(new FindMissingNowQuery());
    }

    private List<AwaitingInterviewItem> awaiting() {
        return p.boards.handle(new FindAwaitingInterviewQuery());
    }

    @Test
    void missingNowLongestMissingFirstWithChildDetailsRiskAndTextSafe() {
        p.apply(reported("e-new", "c1", null, T, MissingRiskLevel.LOW),
                reported("e-old", "c2", CareAbsenceType.M, T.minusSeconds(7200), MissingRiskLevel.MEDIUM),
                reassessed("e-new", "c1", MissingRiskLevel.LOW, MissingRiskLevel.HIGH, T.plusSeconds(3600)),
                textSafe("e-new", "c1", T.plusSeconds(4000)));

        List<MissingNowItem> board = missingNow();
        assertThat(board).extracting(MissingNowItem::episodeId).containsExactly("e-old", "e-new");
        MissingNowItem old = board.get(0);
        assertThat(old.childName()).isEqualTo("Kai Marsh");
        assertThat(old.lookedAfter()).isTrue();
        assertThat(old.dateOfBirth()).isEqualTo(AMIRA_BORN.plusYears(1));
        assertThat(old.careAbsenceType()).isEqualTo(CareAbsenceType.M);
        assertThat(old.lastSeenAt()).isEqualTo(T.minusSeconds(7200));
        assertThat(old.textSafeSent()).isFalse();
        MissingNowItem fresh = board.get(1);
        assertThat(fresh.riskLevel()).isEqualTo(MissingRiskLevel.HIGH);
        assertThat(fresh.textSafeSent()).isTrue();
        assertThat(fresh.lookedAfter()).isFalse();
        assertThat(fresh.policeReference()).isEqualTo("NP-e-new");
    }

    @Test
    void aReturnMovesTheChildFromMissingNowToAwaitingInterviewAndTellsOpenViews() {
        p.apply(reported("e1", "c1", null, T, MissingRiskLevel.LOW), returned("e1", "c1", T.plusSeconds(3600)));

        assertThat(missingNow()).isEmpty();
        assertThat(awaiting()).singleElement().satisfies(i -> {
            assertThat(i.childName()).isEqualTo("Amira Fenwick");
            assertThat(i.returnedAt()).isEqualTo(T.plusSeconds(3600));
            assertThat(i.interviewDueBy()).isEqualTo(T.plusSeconds(3600 + 72 * 3600));
            assertThat(i.offered()).isFalse();
            assertThat(i.overdue()).isFalse();
        });
        assertThat(updates(p.emitter, FindMissingNowQuery.class, MissingNowItem.class)).last()
                .extracting(MissingNowItem::episodeId, MissingNowItem::removed).containsExactly("e1", true);
    }

    @Test
    void awaitingOverdueFirstThenSoonestDueOfferedAndRemovedOnOutcome() {
        p.apply(reported("e1", "c1", null, T, MissingRiskLevel.LOW),
                reported("e2", "c2", CareAbsenceType.A, T, MissingRiskLevel.LOW),
                reported("e3", "c2", CareAbsenceType.M, T.plusSeconds(60), MissingRiskLevel.LOW),
                returned("e1", "c1", T.plusSeconds(7200)),
                returned("e2", "c2", T.plusSeconds(3600)),
                returned("e3", "c2", T.plusSeconds(10800)));
        assertThat(awaiting()).extracting(AwaitingInterviewItem::episodeId).containsExactly("e2", "e1", "e3");

        p.apply(offered("e1", "c1", T.plusSeconds(9000)),
                overdue("e3", "c2", T.plusSeconds(10800 + 72 * 3600)));
        List<AwaitingInterviewItem> board = awaiting();
        assertThat(board).extracting(AwaitingInterviewItem::episodeId).containsExactly("e3", "e2", "e1");
        assertThat(board.get(0).overdue()).isTrue();
        assertThat(board.get(2).offered()).isTrue();
        assertThat(board.get(2).provider()).isEqualTo("Safe Steps charity");

        p.apply(outcome("e2", "c2", InterviewOutcome.DECLINED_BY_CHILD, T.plusSeconds(86400), List.of(), null));
        assertThat(awaiting()).extracting(AwaitingInterviewItem::episodeId).containsExactly("e3", "e1");
        assertThat(updates(p.emitter, FindAwaitingInterviewQuery.class, AwaitingInterviewItem.class)).last()
                .extracting(AwaitingInterviewItem::episodeId, AwaitingInterviewItem::removed)
                .containsExactly("e2", true);
    }

    @Test
    void redeliveredEventsDoNotBringSettledRowsBack() {
        var report = reported("e1", "c1", null, T, MissingRiskLevel.LOW);
        var back = returned("e1", "c1", T.plusSeconds(3600));
        var done = outcome("e1", "c1", InterviewOutcome.COMPLETED, T.plusSeconds(86400), List.of(), null);
        p.apply(report, report, back, done);
        p.apply(report, back, done);

        assertThat(missingNow()).isEmpty();
        assertThat(awaiting()).isEmpty();
    }

    @Test
    void resetEmptiesTheBoards() {
        p.apply(reported("e1", "c1", null, T, MissingRiskLevel.LOW),
                reported("e2", "c1", null, T, MissingRiskLevel.LOW), returned("e2", "c1", T.plusSeconds(60)));
        p.boards.reset();
        p.episodes.reset();
        assertThat(missingNow()).isEmpty();
        assertThat(awaiting()).isEmpty();
    }
}
