package org.convene.coordination.missing.api;

import java.time.Instant;

/** 72 hours passed after the return with no interview outcome. Recorded by the system. Permanent. */
public record ReturnInterviewOverdueEvent(String episodeId, String childId, Instant dueBy, Instant recordedAt) {
}
