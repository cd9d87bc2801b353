package org.convene.coordination.referral.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** A later revision of the decision. Needs a reason; the original decision is kept. */
@RequiresRole({Roles.MEETING_CHAIR})
public record ReviseScreeningDecisionCommand(
        @TargetAggregateIdentifier String referralId,
        String decisionId,
        ScreeningDecision decision,
        String reason) {
}
