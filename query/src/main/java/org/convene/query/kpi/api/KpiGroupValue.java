package org.convene.query.kpi.api;

/** A KPI's figure for one group of a breakdown (or one category of a distribution). */
public record KpiGroupValue(String group, String label, KpiValue current, KpiValue previous) {
}
