package org.convene.infra.axon;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.nin;
import static org.axonframework.common.DateTimeUtils.formatInstant;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.bson.Document;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;

/**
 * The extension's document-per-event storage, with one change: a tracking processor's "next events
 * after my token" asks the store for at most one batch ({@code limit}), where the extension asks for
 * every event after the token and stops reading after a batch. A real MongoDB stops scanning either
 * way once the client closes the cursor, but the embedded server answers a query in full before it
 * returns the first batch: during a rebuild every fetch of 500 events read all the events still to
 * come, so a year's rebuild cost grew with the square of its events (decision 0016). The query,
 * order and tokens are the extension's own.
 */
public class LimitedFetchStorageStrategy extends DocumentPerEventStorageStrategy {

    @Override
    public List<? extends TrackedEventData<?>> findTrackedEvents(MongoCollection<Document> eventCollection,
                                                                 TrackingToken lastToken, int batchSize) {
        FindIterable<Document> cursor;
        if (lastToken == null) {
            cursor = eventCollection.find();
        } else {
            if (!(lastToken instanceof MongoTrackingToken)) {
                throw new IllegalArgumentException("Token " + lastToken + " is of the wrong type");
            }
            MongoTrackingToken token = (MongoTrackingToken) lastToken;
            cursor = eventCollection.find(and(
                    gte(eventConfiguration().timestampProperty(),
                            formatInstant(token.getTimestamp().minus(ConveneEventStorageEngine.LOOK_BACK))),
                    nin(eventConfiguration().eventIdentifierProperty(), token.getKnownEventIds())));
        }
        cursor = cursor.sort(new Document(eventConfiguration().timestampProperty(), ORDER_ASC)
                        .append(eventConfiguration().sequenceNumberProperty(), ORDER_ASC))
                .limit(batchSize)
                .batchSize(batchSize);
        MongoTrackingToken previous = (MongoTrackingToken) lastToken;
        List<TrackedEventData<?>> results = new ArrayList<>();
        try (MongoCursor<Document> iterator = cursor.iterator()) {
            while (results.size() < batchSize && iterator.hasNext()) {
                List<? extends DomainEventData<?>> events = extractEvents(iterator.next()).toList();
                for (DomainEventData<?> event : events) {
                    if (previous != null && previous.getKnownEventIds().contains(event.getEventIdentifier())) {
                        continue;
                    }
                    previous = previous == null
                            ? MongoTrackingToken.of(event.getTimestamp(), event.getEventIdentifier())
                            : previous.advanceTo(event.getTimestamp(), event.getEventIdentifier(),
                            ConveneEventStorageEngine.LOOK_BACK);
                    results.add(new TrackedDomainEventData<>(previous, event));
                }
            }
        }
        return results;
    }
}
