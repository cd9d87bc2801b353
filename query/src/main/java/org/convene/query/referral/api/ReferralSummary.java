package org.convene.query.referral.api;

import java.time.Instant;
import java.time.LocalDate;

import org.convene.coordination.referral.api.ReferralType;

/** One line of the referral list. */
public record ReferralSummary(
        String referralId,
        Instant receivedAt,
        String sourceCode,
        String sourceDescription,
        ReferralType type,
        String childName,
        LocalDate childDateOfBirth,
        boolean urgent,
        String recordedByUser,
        String recordedByAgency,
        Instant recordedAt) {
}
