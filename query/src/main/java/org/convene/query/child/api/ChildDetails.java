package org.convene.query.child.api;

import java.time.LocalDate;
import java.util.List;

import org.convene.coordination.child.api.AgencyIdentifier;

/** A child's record; {@code mergedChildIds} lists duplicate records merged into it. */
public record ChildDetails(String childId, String fullName, LocalDate dateOfBirth, boolean dateOfBirthIsExpected,
                           String sexCode, String ethnicityCode, String locality,
                           List<AgencyIdentifier> identifiers, boolean lookedAfter, List<String> mergedChildIds) {
}
