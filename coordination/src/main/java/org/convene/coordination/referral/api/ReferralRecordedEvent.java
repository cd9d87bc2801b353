package org.convene.coordination.referral.api;

import java.time.Instant;
import java.time.LocalDate;

import org.convene.coordination.shared.api.RecordedBy;

/**
 * A referral was recorded. Permanent: fields are never renamed or removed (see design.md).
 *
 * @param receivedAt when the referral was received (when it happened)
 * @param recordedAt when it was recorded in Convene
 */
public record ReferralRecordedEvent(
        String referralId,
        Instant receivedAt,
        String sourceCode,
        ReferralType type,
        String childName,
        LocalDate childDateOfBirth,
        String narrative,
        boolean urgent,
        RecordedBy recordedBy,
        Instant recordedAt) {
}
