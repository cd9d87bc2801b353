package org.convene.coordination.panel.api;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/**
 * The panel chair closes a young person's open case outside a meeting, with the reason.
 *
 * @param expectedVersion the young person's panel record's version as the chair's screen showed it;
 *                        a discussion, closure, new referral or new case recorded since refuses the
 *                        command, naming it. {@code null}: no check.
 */
@RequiresRole({Roles.PANEL_CHAIR})
public record ClosePanelCaseCommand(String childId, ClosureReason reason, String note, Long expectedVersion) {

    /** Without a version: no check against changes made since a screen was read. */
    public ClosePanelCaseCommand(String childId, ClosureReason reason, String note) {
        this(childId, reason, note, null);
    }
}
