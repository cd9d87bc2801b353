package org.convene.coordination.panel.api;

import java.time.Instant;

import org.convene.coordination.shared.api.SystemCommand;

/**
 * Sent by Convene when a screening decision's response is a referral to the exploitation panel:
 * each child of the referral is referred (a case opened or joined). Idempotent per decision and child.
 */
@SystemCommand
public record RecordScreeningPanelReferralCommand(String referralId, String decisionId, String rationale,
                                                  Instant decidedAt) {
}
