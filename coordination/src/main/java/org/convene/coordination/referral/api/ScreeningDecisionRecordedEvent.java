package org.convene.coordination.referral.api;

import java.time.Instant;

import org.convene.coordination.shared.api.RecordedBy;

/**
 * The meeting's decision on a referral. Permanent. A response of
 * {@link ScreeningResponse#EXPLOITATION_PANEL_REFERRAL} is the panel feature's signal.
 */
public record ScreeningDecisionRecordedEvent(
        String referralId,
        String decisionId,
        ScreeningDecision decision,
        RecordedBy recordedBy,
        Instant recordedAt) {
}
