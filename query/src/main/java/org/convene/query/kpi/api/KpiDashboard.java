package org.convene.query.kpi.api;

import java.util.List;

/** The dashboard for a period: every KPI, with the trend periods it was computed over (oldest first). */
public record KpiDashboard(KpiPeriod period, Breakdown breakdown, List<KpiPeriod> trendPeriods,
                           List<KpiResult> results, KpiSettings settings) {

    public KpiResult result(Kpi kpi) {
        return results.stream().filter(r -> r.kpi() == kpi).findFirst().orElseThrow();
    }
}
