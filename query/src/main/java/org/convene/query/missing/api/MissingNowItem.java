package org.convene.query.missing.api;

import java.time.Instant;
import java.time.LocalDate;

import org.convene.coordination.missing.api.CareAbsenceType;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;

/** A child missing now. Duration is computed on screen from {@code lastSeenAt}. */
public record MissingNowItem(String episodeId, String childId, String childName, LocalDate dateOfBirth,
                             boolean lookedAfter, MissingFrom missingFrom, CareAbsenceType careAbsenceType,
                             Instant lastSeenAt, MissingRiskLevel riskLevel, String policeReference,
                             String lastKnownLocation, boolean textSafeSent, boolean removed) {
}
