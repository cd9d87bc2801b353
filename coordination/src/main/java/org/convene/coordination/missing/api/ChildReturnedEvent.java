package org.convene.coordination.missing.api;

import java.time.Instant;

import org.convene.coordination.shared.api.RecordedBy;

/**
 * The child was found or returned; the return interview is due by {@code interviewDueBy}
 * (72 hours after the return). Permanent.
 */
public record ChildReturnedEvent(String episodeId, String childId, Instant returnedAt, String whereFound,
                                 String foundBy, String harmOrInjury, Instant interviewDueBy, RecordedBy recordedBy,
                                 Instant recordedAt) {
}
