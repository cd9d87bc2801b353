package org.convene.query.missing.api;

import java.time.Instant;

/** A returned child awaiting an interview outcome; {@code removed} in a live update once recorded. */
public record AwaitingInterviewItem(String episodeId, String childId, String childName, Instant returnedAt,
                                    Instant interviewDueBy, boolean offered, String provider, boolean overdue,
                                    boolean removed) {
}
