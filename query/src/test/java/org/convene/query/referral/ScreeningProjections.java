package org.convene.query.referral;

import org.convene.query.action.api.FindOpenActionsQuery;
import org.convene.query.referral.api.FindReferralDetailsQuery;
import org.convene.query.referral.api.FindMeetingBoardQuery;
import org.convene.query.testsupport.OpenScreens;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.convene.query.child.ChildRecordsFixture;
import org.convene.query.testsupport.EmbeddedMongo;
import org.convene.query.testsupport.ScreeningEvents;

/** The referral projections of the screening group on one in-process store, with a fixed "today". */
class ScreeningProjections implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");

    final EmbeddedMongo store = new EmbeddedMongo();
    final QueryUpdateEmitter emitter = OpenScreens.watching(mock(QueryUpdateEmitter.class),
            FindMeetingBoardQuery.class, FindReferralDetailsQuery.class, FindOpenActionsQuery.class);
    final ChildRecordsFixture children = new ChildRecordsFixture(store.template());
    final Clock clock = Clock.fixed(NOW, org.convene.coordination.shared.api.TextRules.UK);
    final ReferralDetailsProjection details =
            new ReferralDetailsProjection(store.template(), emitter, children.directory());
    final MeetingBoardProjection board =
            new MeetingBoardProjection(store.template(), emitter, children.directory(), clock);
    final OpenActionsProjection actions = new OpenActionsProjection(store.template(), emitter, children.directory());

    /** Amira Fenwick's date of birth: {@link #withAmiraFenwick()}. */
    static final LocalDate AMIRA_BORN = LocalDate.of(2018, 5, 4);

    /** Amira Fenwick (child c1, born {@link #AMIRA_BORN}) has a child record. */
    ScreeningProjections withAmiraFenwick() {
        children.on(ScreeningEvents.child("c1", "Amira Fenwick", AMIRA_BORN));
        return this;
    }

    /** Her brother Tobias Fenwick (child c2, two years younger) has one too. */
    ScreeningProjections withHerBrotherTobias() {
        children.on(ScreeningEvents.child("c2", "Tobias Fenwick", AMIRA_BORN.plusYears(2)));
        return this;
    }

    @Override
    public void close() {
        store.close();
    }
}
