package org.convene.query.referral.api;

import java.time.Instant;

import org.convene.coordination.referral.api.ScreeningDecision;

/** A decision or a revision ({@code revisionReason} non-null for a revision). */
public record DecisionView(String decisionId, ScreeningDecision decision, String revisesDecisionId,
                           String revisionReason, String recordedByUser, String recordedByAgency,
                           Instant recordedAt, boolean withinOneWorkingDay) {
}
