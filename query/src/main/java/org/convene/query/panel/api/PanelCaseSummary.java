package org.convene.query.panel.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.convene.coordination.panel.api.ExploitationType;
import org.convene.coordination.panel.api.PanelRiskLevel;

/** A row of the open panel cases list. {@code riskLevel} is {@code null} until assessed. */
public record PanelCaseSummary(String childId, String childName, LocalDate dateOfBirth, String caseId,
                               PanelRiskLevel riskLevel, List<ExploitationType> exploitationTypes,
                               Instant referredAt, LocalDate lastDiscussedOn, LocalDate nextReviewDate,
                               int openActions, int overdueActions, Set<DriftFlag> driftFlags) {
}
