package org.convene.coordination.missing.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/**
 * How the return interview ended.
 *
 * @param happenedAt when it was completed, declined or found not possible
 * @param findings   required for a completed interview
 * @param reason     required when not possible
 */
@RequiresRole({Roles.RETURN_INTERVIEW_WORKER, Roles.MEETING_CHAIR})
public record RecordReturnInterviewOutcomeCommand(@TargetAggregateIdentifier String episodeId,
                                                  InterviewOutcome outcome, Instant happenedAt,
                                                  InterviewFindings findings, String reason) {
}
