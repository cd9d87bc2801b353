package org.convene.coordination.missing.api;

import java.time.Instant;

import org.convene.coordination.shared.api.RecordedBy;

/** A return interview was offered. Permanent. */
public record ReturnInterviewOfferedEvent(String episodeId, String childId, String provider, Instant offeredAt,
                                          RecordedBy recordedBy, Instant recordedAt) {
}
