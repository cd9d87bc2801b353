package org.convene.query.missing.api;

import java.time.LocalDate;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/**
 * The DfE returns for a period (inclusive dates): the SSDA903 missing table for looked-after
 * children and Ofsted Annex A list 8, following the definitions in shared/reference.
 */
@RequiresRole({Roles.MEETING_CHAIR, Roles.ADMINISTRATOR})
public record FindMissingExportQuery(LocalDate from, LocalDate to) {
}
