package org.convene.infra.axon;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.bson.Document;

/**
 * Axon's MongoDB event storage engine with a head token that is the position of the newest stored
 * event (no token at all for an empty store), instead of the extension's "now with no known events"
 * (docs/decisions/0016-head-token-live-updates-and-batched-kpi-months.md).
 *
 * <p>Why it matters: a new tracking processor starts with a replay token whose "token at reset" is
 * the head. With the extension's head, that token never covers a real position (its set of known
 * events is empty), so while a processor catches up every event id is merged into it: the stored
 * token grows with the whole history and each event costs time in proportion to all before it.
 * Catching up on 4,000 events stored a 214 kB token per batch; on a year it would never finish. And
 * for events recorded with a time before the processor started (the demo month, the synthetic
 * county, a migration) the replay never ended, so {@code @DisallowReplay} handlers (the panel
 * triggers) ignored them. The newest event's position ends the replay exactly at that event.
 */
public class ConveneEventStorageEngine extends MongoEventStorageEngine {

    /** The extension's default: events up to this long before the newest are tracked by id. */
    static final Duration LOOK_BACK = Duration.ofMillis(1000);

    private final MongoTemplate template;

    /** The engine over {@code template}, with the builder's other settings. */
    public ConveneEventStorageEngine(Builder builder, MongoTemplate template) {
        super(builder.mongoTemplate(template));
        this.template = template;
    }

    /**
     * The position just after the newest stored event, as a processor that had read every event
     * would hold it: the newest timestamp, and the ids of the events within the look-back window
     * before it. {@code null} (the start of the stream) when the store holds no events.
     */
    @Override
    public TrackingToken createHeadToken() {
        var events = template.eventCollection();
        Document newest = events.find().sort(new Document("timestamp", -1).append("sequenceNumber", -1))
                .projection(new Document("timestamp", 1)).limit(1).first();
        if (newest == null) {
            return null;
        }
        Instant newestAt = DateTimeUtils.parseInstant(newest.getString("timestamp"));
        Map<String, Long> known = new LinkedHashMap<>();
        for (Document recent : events.find(new Document("timestamp",
                        new Document("$gte", DateTimeUtils.formatInstant(newestAt.minus(LOOK_BACK)))))
                .sort(new Document("timestamp", 1).append("sequenceNumber", 1))
                .projection(new Document("timestamp", 1).append("eventIdentifier", 1))) {
            known.put(recent.getString("eventIdentifier"),
                    DateTimeUtils.parseInstant(recent.getString("timestamp")).toEpochMilli());
        }
        return MongoTrackingToken.of(newestAt, known);
    }
}
