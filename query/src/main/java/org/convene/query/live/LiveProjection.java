package org.convene.query.live;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
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

    /**
     * The version a screen shows of an aggregate's read model once this event is applied: the
     * aggregate's latest event's sequence number, which a replay never lowers (decision 0022).
     */
    protected static Long versionAfter(Long version, EventMessage<?> message) {
        if (message instanceof DomainEventMessage<?> event) {
            long sequence = event.getSequenceNumber();
            return version == null ? sequence : Math.max(version, sequence);
        }
        return version;
    }
}
