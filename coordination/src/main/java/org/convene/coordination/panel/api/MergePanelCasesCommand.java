package org.convene.coordination.panel.api;

import org.convene.coordination.shared.api.SystemCommand;

/**
 * Sent by Convene when two child records were merged: the duplicate record's open panel case (if
 * any) joins the surviving record's open case, or becomes its open case; the duplicate's case is
 * closed as {@link ClosureReason#MERGED}. Sending it again changes nothing.
 */
@SystemCommand
public record MergePanelCasesCommand(String duplicateChildId, String survivingChildId) {
}
