package org.convene.query.operations;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One removed dead letter, keyed by eviction id (a replayed event writes the same document). */
@Document(DeadLetterEvictionDocument.COLLECTION)
record DeadLetterEvictionDocument(@Id String evictionId, String processingGroup, String sequenceId, String eventId,
                                  String eventType, String error, String reason, String userId, String agencyId,
                                  Instant evictedAt) {

    static final String COLLECTION = "dead_letter_evictions";
}
