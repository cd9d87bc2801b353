package org.convene.coordination.missing.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** The supportive TextSafe message was sent. Refused without a parent's or carer's consent. */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.RETURN_INTERVIEW_WORKER})
public record RecordTextSafeMessageSentCommand(@TargetAggregateIdentifier String episodeId, Instant sentAt) {
}
