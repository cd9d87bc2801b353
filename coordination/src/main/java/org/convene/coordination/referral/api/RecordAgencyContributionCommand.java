package org.convene.coordination.referral.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/**
 * The sender's agency records what it holds on the child and family (its checks). A later
 * contribution from the same agency supersedes its earlier one on screen; both are kept.
 *
 * @param knownToAgency   whether the agency's checks found the child or family on its systems
 * @param expectedVersion the referral's version as the sender's screen showed it; checks recorded
 *                        since by the same agency, or a withdrawal, refuse the command.
 *                        {@code null}: no check.
 */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR})
public record RecordAgencyContributionCommand(
        @TargetAggregateIdentifier String referralId,
        boolean knownToAgency,
        String information,
        @TargetAggregateVersion Long expectedVersion) {

    /** Without a version: no check against changes made since a screen was read. */
    public RecordAgencyContributionCommand(String referralId, boolean knownToAgency, String information) {
        this(referralId, knownToAgency, information, null);
    }
}
