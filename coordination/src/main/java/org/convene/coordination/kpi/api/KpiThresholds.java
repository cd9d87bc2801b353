package org.convene.coordination.kpi.api;

/**
 * A KPI's target: at or better than {@code green} is Green, at or better than {@code amber} is
 * Amber, worse is Red ("better" is higher or lower as the KPI says). Part of events: permanent.
 */
public record KpiThresholds(double green, double amber) {
}
