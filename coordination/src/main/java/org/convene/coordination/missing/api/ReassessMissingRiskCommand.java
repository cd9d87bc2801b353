package org.convene.coordination.missing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/**
 * The police reassessed the risk while the child is still missing. Each reassessment is kept.
 *
 * @param expectedVersion the episode's version as the sender's screen showed it; another
 *                        reassessment or the child's return recorded since refuses the command,
 *                        naming it. {@code null}: no check.
 */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR})
public record ReassessMissingRiskCommand(@TargetAggregateIdentifier String episodeId, MissingRiskLevel riskLevel,
                                         String reason, @TargetAggregateVersion Long expectedVersion) {

    /** Without a version: no check against changes made since a screen was read. */
    public ReassessMissingRiskCommand(String episodeId, MissingRiskLevel riskLevel, String reason) {
        this(episodeId, riskLevel, reason, null);
    }
}
