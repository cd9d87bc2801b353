package org.convene.coordination.referral.api;

import java.time.Instant;

import org.convene.coordination.shared.api.RecordedBy;

/** The decision was revised; {@code revisesDecisionId} names the decision it replaces. Permanent. */
public record ScreeningDecisionRevisedEvent(
        String referralId,
        String decisionId,
        String revisesDecisionId,
        ScreeningDecision decision,
        String reason,
        RecordedBy recordedBy,
        Instant recordedAt) {
}
