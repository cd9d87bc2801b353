package org.convene.coordination.referral.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** The meeting chair records the joint decision. Refused without a rationale or on a withdrawn referral. */
@RequiresRole({Roles.MEETING_CHAIR})
public record RecordScreeningDecisionCommand(
        @TargetAggregateIdentifier String referralId,
        String decisionId,
        ScreeningDecision decision) {
}
