package org.convene.coordination.missing.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** The child was found or returned. Refused before the episode started, or a second time. */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR})
public record RecordChildReturnedCommand(@TargetAggregateIdentifier String episodeId, Instant returnedAt,
                                         String whereFound, String foundBy, String harmOrInjury) {
}
