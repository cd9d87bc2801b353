package org.convene.coordination.referral.api;

import java.time.Instant;

import org.convene.coordination.shared.api.RecordedBy;

/** A referral was withdrawn. Permanent. */
public record ReferralWithdrawnEvent(String referralId, String reason, RecordedBy recordedBy, Instant recordedAt) {
}
