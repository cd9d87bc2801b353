package org.convene.demo;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The store as the generator and the benchmark see it: its events, and the processors reading them. */
@Component
class CountyStore {

    static final String EVENTS = "domainevents";

    private final MongoTemplate mongo;
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    CountyStore(MongoTemplate mongo, EventProcessingConfiguration processing, EventStore eventStore) {
        this.mongo = mongo;
        this.processing = processing;
        this.eventStore = eventStore;
    }

    long eventCount() {
        return mongo.getCollection(EVENTS).countDocuments();
    }

    /** Tracking tokens are time-based: a history in the past can only be written into an empty store. */
    void requireEmpty() {
        if (mongo.getCollection(EVENTS).estimatedDocumentCount() > 0) {
            throw new IllegalStateException("The store already holds events; generate into an empty data directory "
                    + "(CONVENE_DATA_DIR) with CONVENE_DEMO_REFERRALS=false");
        }
    }

    /**
     * Waits until every tracking processor (projections and sagas) has handled every event now in the
     * store: its token covers the head of the event store. (A processor's "caught up" flag stays set
     * once it has been caught up, e.g. on the empty store at start, so it cannot tell.)
     */
    void awaitProjections() throws TimeoutException, InterruptedException {
        TrackingToken head = WrappedToken.unwrapLowerBound(eventStore.createHeadToken());
        long deadline = System.nanoTime() + Duration.ofHours(6).toNanos();
        for (var processor : processing.eventProcessors().values()) {
            if (!(processor instanceof TrackingEventProcessor tracking) || head == null) {
                continue;
            }
            while (!covers(tracking, head)) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException(tracking.getName() + " did not reach the head of the event store");
                }
                Thread.sleep(200);
            }
        }
    }

    private static boolean covers(TrackingEventProcessor processor, TrackingToken head) {
        var status = processor.processingStatus();
        return !status.isEmpty() && status.values().stream().allMatch(s -> {
            TrackingToken token = WrappedToken.unwrapLowerBound(s.getTrackingToken());
            return token != null && token.covers(head);
        });
    }
}
