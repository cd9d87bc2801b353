package org.convene.query.audit.api;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** Who opened a child's record, newest first (the record's own id and any duplicates merged into it). */
@RequiresRole(Roles.ADMINISTRATOR)
public record FindChildAccessLogQuery(String childId) {
}
