package org.convene.query.kpi.api;

import java.util.List;

/**
 * One KPI on the dashboard: this period, the previous period, the trend (the 12 periods before
 * and this one, oldest first), the status against its target, and the groups: the categories of
 * a distribution, or the chosen breakdown's groups (empty when the breakdown does not apply).
 */
public record KpiResult(Kpi kpi, KpiValue current, KpiValue previous, List<KpiValue> trend, Rag status,
                        KpiTarget target, List<KpiGroupValue> groups) {
}
