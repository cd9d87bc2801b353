package org.convene.coordination.child.api;

import java.time.Instant;

import org.convene.coordination.shared.api.RecordedBy;

/** The duplicate child record was merged into the surviving one. Permanent. */
public record ChildRecordsMergedEvent(
        String duplicateChildId,
        String survivingChildId,
        String reason,
        RecordedBy recordedBy,
        Instant recordedAt) {
}
