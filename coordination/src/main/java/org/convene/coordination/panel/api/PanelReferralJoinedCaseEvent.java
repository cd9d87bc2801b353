package org.convene.coordination.panel.api;

import java.time.Instant;
import java.util.List;

import org.convene.coordination.shared.api.RecordedBy;

/**
 * A new concern about a young person who already has an open panel case: it joined that case (one
 * open case per young person). Fields as in {@link PanelCaseOpenedEvent}. Permanent.
 *
 * @param riskLevel the referrer's view of the risk; the case's agreed level changes only at the panel
 */
public record PanelReferralJoinedCaseEvent(
        String childId,
        String caseId,
        String panelReferralId,
        PanelReferralSource source,
        String sourceReference,
        List<ExploitationType> exploitationTypes,
        PanelRiskLevel riskLevel,
        String reason,
        Instant referredAt,
        RecordedBy recordedBy,
        Instant recordedAt) {
}
