package org.convene.coordination.referral.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/**
 * The sender's agency records what it holds on the child and family (its checks). A later
 * contribution from the same agency supersedes its earlier one on screen; both are kept.
 *
 * @param knownToAgency whether the agency's checks found the child or family on its systems
 */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR})
public record RecordAgencyContributionCommand(
        @TargetAggregateIdentifier String referralId,
        boolean knownToAgency,
        String information) {
}
