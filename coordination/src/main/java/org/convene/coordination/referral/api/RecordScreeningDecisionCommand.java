package org.convene.coordination.referral.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/**
 * The meeting chair records the joint decision. Refused without a rationale or on a withdrawn referral.
 *
 * @param expectedVersion the referral's version as the chair's screen showed it; a decision,
 *                        revision or withdrawal recorded since refuses the command, naming it.
 *                        {@code null}: no check.
 */
@RequiresRole({Roles.MEETING_CHAIR})
public record RecordScreeningDecisionCommand(
        @TargetAggregateIdentifier String referralId,
        String decisionId,
        ScreeningDecision decision,
        @TargetAggregateVersion Long expectedVersion) {

    /** Without a version: no check against changes made since a screen was read. */
    public RecordScreeningDecisionCommand(String referralId, String decisionId, ScreeningDecision decision) {
        this(referralId, decisionId, decision, null);
    }
}
