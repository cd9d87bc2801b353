package org.convene.query.operations.api;

import java.time.Instant;

/** A dead letter an administrator removed: which event, from which part, who, when and why. */
public record DeadLetterEvictionSummary(String evictionId, String processingGroup, String sequenceId, String eventId,
                                        String eventType, String error, String reason, String userId,
                                        String agencyId, Instant evictedAt) {
}
