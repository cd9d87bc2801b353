package org.convene.coordination.referral.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/**
 * A later revision of the decision. Needs a reason; the original decision is kept.
 *
 * @param expectedVersion the referral's version as the chair's screen showed it (the decision the
 *                        revision starts from); another decision, revision or withdrawal recorded
 *                        since refuses the command, naming it. {@code null}: no check.
 */
@RequiresRole({Roles.MEETING_CHAIR})
public record ReviseScreeningDecisionCommand(
        @TargetAggregateIdentifier String referralId,
        String decisionId,
        ScreeningDecision decision,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {

    /** Without a version: no check against changes made since a screen was read. */
    public ReviseScreeningDecisionCommand(String referralId, String decisionId, ScreeningDecision decision,
                                          String reason) {
        this(referralId, decisionId, decision, reason, null);
    }
}
