package org.convene.coordination.referral.api;

import java.time.Instant;

import org.convene.coordination.shared.api.RecordedBy;

/** An action agreed at screening was done. Permanent. */
public record ActionCompletedEvent(String referralId, String actionId, String outcome, RecordedBy recordedBy,
                                   Instant recordedAt) {
}
