package org.convene.coordination.referral.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** The owner agency marks an action done, with its outcome. Only the owner agency may. */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER,
        Roles.RETURN_INTERVIEW_WORKER})
public record CompleteActionCommand(@TargetAggregateIdentifier String referralId, String actionId, String outcome) {
}
