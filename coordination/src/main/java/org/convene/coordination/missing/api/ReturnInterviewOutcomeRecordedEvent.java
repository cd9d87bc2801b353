package org.convene.coordination.missing.api;

import java.time.Instant;

import org.convene.coordination.shared.api.RecordedBy;

/** The outcome of the return interview. {@code withinDeadline}: by the 72-hour due time. Permanent. */
public record ReturnInterviewOutcomeRecordedEvent(String episodeId, String childId, InterviewOutcome outcome,
                                                  Instant happenedAt, InterviewFindings findings, String reason,
                                                  boolean withinDeadline, RecordedBy recordedBy,
                                                  Instant recordedAt) {
}
