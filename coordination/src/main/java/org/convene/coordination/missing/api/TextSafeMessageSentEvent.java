package org.convene.coordination.missing.api;

import java.time.Instant;

import org.convene.coordination.shared.api.RecordedBy;

/** A TextSafe message was sent to the child. Permanent. */
public record TextSafeMessageSentEvent(String episodeId, String childId, Instant sentAt, RecordedBy recordedBy,
                                       Instant recordedAt) {
}
