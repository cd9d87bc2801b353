package org.convene.coordination.child.api;

import java.time.LocalDate;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/**
 * The current child records with exactly this name (ignoring case, accents and spacing) and date of
 * birth, answered by the write side ({@link RegisteredChild}s): a child registered a moment ago is
 * found at once, before any read model has seen it. Merged records answer with the record they were
 * merged into.
 */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR})
public record FindRegisteredChildrenQuery(String fullName, LocalDate dateOfBirth) {
}
