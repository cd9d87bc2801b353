package org.convene.demo;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.bson.Document;
import org.convene.infra.projection.ProjectionRebuilder;
import java.time.Instant;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The store as the generator and the benchmark see it: its events, and the processors reading them. */
@Component
record CountyStore(MongoTemplate mongo, EventProcessingConfiguration processing) {

    static final String EVENTS = "domainevents";

    /**
     * The number of events in the store, from the collection's count (the embedded store keeps it
     * exactly; counting the documents would read all of them, and the generator asks every month).
     */
    long eventCount() {
        return mongo.getCollection(EVENTS).estimatedDocumentCount();
    }

    /** Exploitation panel cases opened (a young person referred with no case open), from the events. */
    long panelCasesOpened() {
        return mongo.getCollection(EVENTS).countDocuments(new Document("payloadType",
                org.convene.coordination.panel.api.PanelCaseOpenedEvent.class.getName()));
    }

    /** Tracking tokens are time-based: a history in the past can only be written into an empty store. */
    void requireEmpty() {
        if (mongo.getCollection(EVENTS).estimatedDocumentCount() > 0) {
            throw new IllegalStateException("The store already holds events; generate into an empty data directory "
                    + "(CONVENE_DATA_DIR) with CONVENE_DEMO_REFERRALS=false");
        }
    }

    /**
     * Waits until every tracking processor (projections and sagas) has handled the newest event now
     * in the store. (A processor's "caught up" flag stays set once it has been caught up, e.g. on the
     * empty store at start, and the MongoDB head token is "now", not the newest event, so neither can
     * tell.) The newest event is found through the store's index on the event time.
     */
    void awaitProjections() throws TimeoutException, InterruptedException {
        Document newest = mongo.getCollection(EVENTS).find()
                .sort(new Document("timestamp", -1).append("sequenceNumber", -1)).limit(1).first();
        if (newest == null) {
            return;
        }
        long deadline = System.nanoTime() + Duration.ofHours(6).toNanos();
        for (var processor : processing.eventProcessors().values()) {
            if (!(processor instanceof TrackingEventProcessor tracking)) {
                continue;
            }
            while (!ProjectionRebuilder.hasHandled(tracking, Instant.parse(newest.getString("timestamp")),
                    newest.getString("eventIdentifier"))) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException(tracking.getName() + " did not reach the newest event");
                }
                Thread.sleep(200);
            }
        }
    }
}
