package org.convene.coordination.operations.api;

import java.time.Instant;

import org.convene.coordination.shared.api.RecordedBy;

/**
 * An administrator removed a dead letter (an event a part of Convene could not handle) with a
 * reason: that part will not apply the event unless it is rebuilt. Permanent.
 */
public record DeadLetterEvictedEvent(
        String evictionId,
        String processingGroup,
        String sequenceId,
        String eventId,
        String eventType,
        String error,
        String reason,
        RecordedBy recordedBy,
        Instant recordedAt) {
}
