package org.convene.coordination.panel.api;

import java.time.Instant;

import org.convene.coordination.shared.api.SystemCommand;

/**
 * Sent by Convene when the repeat / high-risk missing rule flags a child for the panel. Idempotent
 * per flag.
 */
@SystemCommand
public record RecordMissingFlagPanelReferralCommand(String childId, String flagId, String trigger,
                                                    Instant flaggedAt) {
}
