package org.convene.coordination.kpi.api;

import java.util.Optional;

/**
 * The KPIs that take a target, as the write side sees them. The KPIs are declared once, in the
 * query module's KPI list, which implements this (the coordination module imports no query code).
 */
public interface KpiTargetRules {

    /** The rule of the KPI with this id; empty when there is no such KPI or it takes no target. */
    Optional<KpiTargetRule> rule(String kpiId);
}
