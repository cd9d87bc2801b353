package org.convene.query.missing;

import java.time.Instant;
import java.time.LocalDate;

import org.convene.query.missing.api.FindChildMissingHistoryQuery;
import org.convene.query.missing.api.FindMissingEpisodeQuery;
import org.convene.query.missing.api.FindAwaitingInterviewQuery;
import org.convene.query.missing.api.FindMissingNowQuery;
import org.convene.query.testsupport.OpenScreens;
import static org.mockito.Mockito.mock;

import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.convene.query.child.ChildRecordsFixture;
import org.convene.query.testsupport.Dispatch;
import org.convene.query.testsupport.EmbeddedMongo;
import org.convene.query.testsupport.ScreeningEvents;

/** The projections of the {@code missing} processing group on one in-process store. */
class MissingProjections implements AutoCloseable {

    final EmbeddedMongo store = new EmbeddedMongo();
    final QueryUpdateEmitter emitter = OpenScreens.watching(mock(QueryUpdateEmitter.class),
            FindMissingNowQuery.class, FindAwaitingInterviewQuery.class, FindMissingEpisodeQuery.class,
            FindChildMissingHistoryQuery.class);
    final ChildRecordsFixture children = new ChildRecordsFixture(store.template());
    final MissingEpisodeProjection episodes =
            new MissingEpisodeProjection(store.template(), emitter, children.directory(),
                    new org.convene.query.audit.AccessLog(store.template(), children.directory()));
    final MissingBoardsProjection boards =
            new MissingBoardsProjection(store.template(), emitter, children.directory());

    /** When the tests' first episodes are reported: a Monday evening. */
    static final Instant T = Instant.parse("2026-03-16T20:00:00Z");

    /** Amira Fenwick's date of birth: {@link #withAmiraFenwick()}. */
    static final LocalDate AMIRA_BORN = LocalDate.of(2011, 6, 1);

    /** Amira Fenwick (child c1, born {@link #AMIRA_BORN}) has a child record. */
    MissingProjections withAmiraFenwick() {
        children.on(ScreeningEvents.child("c1", "Amira Fenwick", AMIRA_BORN));
        return this;
    }

    /** Applies events to every projection of the group, as the processing group does. */
    void apply(Object... events) {
        for (Object event : events) {
            Dispatch.to(event, episodes, boards);
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
