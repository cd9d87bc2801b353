package org.convene.ui.api;

import org.convene.coordination.referral.api.WithdrawReferralCommand;

/**
 * Withdrawing a referral over REST.
 *
 * @param version the referral's {@code version} as you read it (GET /api/referrals/{id}); a decision
 *                or withdrawal recorded since refuses the withdrawal with 409
 */
public record WithdrawReferralRequest(String reason, Long version) {

    WithdrawReferralCommand toCommand(String referralId) {
        return new WithdrawReferralCommand(referralId, reason, version);
    }
}
