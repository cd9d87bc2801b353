package org.convene.query.operations.api;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** The dead letters removed by administrators, newest first (at most {@code limit}). */
@RequiresRole(Roles.ADMINISTRATOR)
public record FindDeadLetterEvictionsQuery(int limit) {
}
