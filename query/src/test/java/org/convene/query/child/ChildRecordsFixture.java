package org.convene.query.child;

import org.convene.coordination.child.api.ChildRecordsMergedEvent;
import org.convene.coordination.child.api.ChildRegisteredEvent;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Child records for the projection tests of other packages (the projection itself is package-private). */
public final class ChildRecordsFixture {

    private final ChildDirectory directory;
    private final ChildProjection projection;

    public ChildRecordsFixture(MongoTemplate mongo) {
        directory = new ChildDirectory(mongo);
        projection = new ChildProjection(mongo, directory, new org.convene.query.audit.AccessLog(mongo, directory));
    }

    public ChildDirectory directory() {
        return directory;
    }

    public void on(ChildRegisteredEvent event) {
        projection.on(event);
    }

    public void on(ChildRecordsMergedEvent event) {
        projection.on(event);
    }

    public void reset() {
        projection.reset();
    }
}
