package org.convene.query.live;

import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.convene.query.child.ChildDirectory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What the projections behind live screens hold alike: their read model, the emitter that tells
 * the screens watching (through {@link LiveUpdates}) and the child directory they name children
 * from. A subclass keeps only what is its own (a clock, the access log).
 */
public abstract class LiveProjection {

    protected final MongoTemplate mongo;
    protected final QueryUpdateEmitter updateEmitter;
    protected final ChildDirectory children;

    protected LiveProjection(MongoTemplate mongo, QueryUpdateEmitter updateEmitter, ChildDirectory children) {
        this.mongo = mongo;
        this.updateEmitter = updateEmitter;
        this.children = children;
    }
}
