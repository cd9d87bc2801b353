package org.convene.query.chronology;

import java.util.List;

import org.convene.query.audit.AccessLog;
import org.convene.query.audit.api.AccessPurpose;
import org.convene.query.chronology.api.ChronologyEntry;
import org.convene.query.chronology.api.FindChildChronologyQuery;
import org.convene.query.child.ChildDirectory;
import org.convene.query.testsupport.Dispatch;
import org.convene.query.testsupport.EmbeddedMongo;

/**
 * The chronology projection on an empty embedded store of its own, fed events as its event
 * processor would; declare it {@code @AutoClose} in a test class.
 */
final class ChronologyOnAnEmptyStore implements AutoCloseable {

    final EmbeddedMongo store = new EmbeddedMongo();
    final AccessLog accessLog = new AccessLog(store.template(), new ChildDirectory(store.template()));
    final ChronologyProjection projection = new ChronologyProjection(store.template(), accessLog);

    /** Hands the events to the projection, in this order. */
    void apply(Object... events) {
        for (Object event : events) {
            Dispatch.to(event, projection);
        }
    }

    /** The child's chronology as a case reviewer opens it. */
    List<ChronologyEntry> of(String childId) {
        return projection.handle(new FindChildChronologyQuery(childId, AccessPurpose.CASE_REVIEW), "test.user",
                "agency-test");
    }

    @Override
    public void close() {
        store.close();
    }
}
