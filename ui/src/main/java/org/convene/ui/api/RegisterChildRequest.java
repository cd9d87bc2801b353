package org.convene.ui.api;

import java.time.LocalDate;
import java.util.List;

import org.convene.coordination.child.api.AgencyIdentifier;
import org.convene.coordination.child.api.RegisterChildCommand;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /api/children}: a {@link RegisterChildCommand} without its id (the server makes it). */
@Schema(description = "A new child record. Fictitious example data only.")
public record RegisterChildRequest(
        @Schema(example = "Amira Fenwick", requiredMode = Schema.RequiredMode.REQUIRED) String fullName,
        @Schema(example = "2018-05-04", description = "YYYY-MM-DD; may be omitted when not known") LocalDate dateOfBirth,
        @Schema(description = "true for an unborn child: dateOfBirth is the expected date") boolean dateOfBirthIsExpected,
        @Schema(example = "2", description = "DfE sex code: 1 male, 2 female") String sexCode,
        @Schema(example = "WBRI", description = "DfE ethnicity code") String ethnicityCode,
        @Schema(example = "Northshire East") String locality,
        List<AgencyIdentifier> identifiers,
        boolean lookedAfter) {

    RegisterChildCommand toCommand(String childId) {
        return new RegisterChildCommand(childId, fullName, dateOfBirth, dateOfBirthIsExpected, sexCode, ethnicityCode,
                locality, identifiers, lookedAfter);
    }
}
