package org.convene.coordination.child.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.convene.coordination.shared.api.RecordedBy;

/** A child record was made. Permanent. */
public record ChildRegisteredEvent(
        String childId,
        String fullName,
        LocalDate dateOfBirth,
        boolean dateOfBirthIsExpected,
        String sexCode,
        String ethnicityCode,
        String locality,
        List<AgencyIdentifier> identifiers,
        boolean lookedAfter,
        RecordedBy recordedBy,
        Instant recordedAt) {
}
