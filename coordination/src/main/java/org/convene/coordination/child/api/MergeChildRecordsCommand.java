package org.convene.coordination.child.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/**
 * Two records are the same child: the duplicate is merged into the surviving record. Nothing is
 * deleted; everything recorded against the duplicate shows on the surviving record from now on.
 */
@RequiresRole({Roles.MEETING_CHAIR, Roles.ADMINISTRATOR})
public record MergeChildRecordsCommand(
        @TargetAggregateIdentifier String duplicateChildId,
        String survivingChildId,
        String reason) {
}
