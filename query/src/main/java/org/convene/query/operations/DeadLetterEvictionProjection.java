package org.convene.query.operations;

import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.convene.coordination.operations.api.DeadLetterEvictedEvent;
import org.convene.query.operations.api.DeadLetterEvictionSummary;
import org.convene.query.operations.api.FindDeadLetterEvictionsQuery;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The dead letters that administrators removed, for the "Events set aside" screen (processing group
 * {@code operations}). Idempotent: one document per eviction id.
 */
@Component
@ProcessingGroup(DeadLetterEvictionProjection.PROCESSING_GROUP)
class DeadLetterEvictionProjection {

    static final String PROCESSING_GROUP = "operations";
    static final int MAX_LIMIT = 500;

    private final MongoTemplate mongo;

    DeadLetterEvictionProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(DeadLetterEvictedEvent event) {
        mongo.save(new DeadLetterEvictionDocument(event.evictionId(), event.processingGroup(), event.sequenceId(),
                event.eventId(), event.eventType(), event.error(), event.reason(), event.recordedBy().userId(),
                event.recordedBy().agencyId(), event.recordedAt()));
    }

    @QueryHandler
    List<DeadLetterEvictionSummary> handle(FindDeadLetterEvictionsQuery query) {
        int limit = Math.max(1, Math.min(query.limit(), MAX_LIMIT));
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "evictedAt")).limit(limit),
                        DeadLetterEvictionDocument.class).stream()
                .map(d -> new DeadLetterEvictionSummary(d.evictionId(), d.processingGroup(), d.sequenceId(),
                        d.eventId(), d.eventType(), d.error(), d.reason(), d.userId(), d.agencyId(), d.evictedAt()))
                .toList();
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(DeadLetterEvictionDocument.class);
    }
}
