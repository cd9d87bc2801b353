package org.convene.coordination.missing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** The police reassessed the risk while the child is still missing. Each reassessment is kept. */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR})
public record ReassessMissingRiskCommand(@TargetAggregateIdentifier String episodeId, MissingRiskLevel riskLevel,
                                         String reason) {
}
