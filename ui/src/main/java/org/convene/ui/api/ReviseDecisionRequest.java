package org.convene.ui.api;

import org.convene.coordination.referral.api.ReviseScreeningDecisionCommand;
import org.convene.coordination.referral.api.ScreeningDecision;

/**
 * A revised screening decision over REST.
 *
 * @param decisionId your own id for the revision (optional): the same id twice records it once
 * @param version    the referral's {@code version} as you read it (GET /api/referrals/{id}); a
 *                   decision, revision or withdrawal recorded since refuses the revision with 409
 */
public record ReviseDecisionRequest(String decisionId, ScreeningDecision decision, String reason, Long version) {

    ReviseScreeningDecisionCommand toCommand(String referralId, String id) {
        return new ReviseScreeningDecisionCommand(referralId, id, decision, reason, version);
    }
}
