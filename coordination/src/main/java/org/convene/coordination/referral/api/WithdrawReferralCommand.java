package org.convene.coordination.referral.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/**
 * Withdraw a referral that should not be screened (e.g. recorded in error, duplicate). Needs a reason.
 *
 * @param expectedVersion the referral's version as the sender's screen showed it; a decision or
 *                        withdrawal recorded since refuses the command. {@code null}: no check.
 */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR})
public record WithdrawReferralCommand(@TargetAggregateIdentifier String referralId, String reason,
                                      @TargetAggregateVersion Long expectedVersion) {

    /** Without a version: no check against changes made since a screen was read. */
    public WithdrawReferralCommand(String referralId, String reason) {
        this(referralId, reason, null);
    }
}
