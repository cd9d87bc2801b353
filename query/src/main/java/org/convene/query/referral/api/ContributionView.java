package org.convene.query.referral.api;

import java.time.Instant;

public record ContributionView(String agencyId, boolean knownToAgency, String information, String recordedByUser,
                               Instant recordedAt) {
}
