package org.convene.coordination.missing.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** An independent return interview was offered to the child (after the return). */
@RequiresRole({Roles.RETURN_INTERVIEW_WORKER, Roles.SCREENER, Roles.MEETING_CHAIR})
public record OfferReturnInterviewCommand(@TargetAggregateIdentifier String episodeId, String provider,
                                          Instant offeredAt) {
}
