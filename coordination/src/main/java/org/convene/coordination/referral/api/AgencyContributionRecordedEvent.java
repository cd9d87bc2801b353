package org.convene.coordination.referral.api;

import java.time.Instant;

import org.convene.coordination.shared.api.RecordedBy;

/** An agency recorded its checks against a referral. Permanent. */
public record AgencyContributionRecordedEvent(
        String referralId,
        String agencyId,
        boolean knownToAgency,
        String information,
        RecordedBy recordedBy,
        Instant recordedAt) {
}
