package org.convene.query.missing.api;

import java.time.Instant;

import org.convene.coordination.missing.api.MissingRiskLevel;

public record RiskChange(MissingRiskLevel riskLevel, String reason, String recordedByUser, Instant recordedAt) {
}
