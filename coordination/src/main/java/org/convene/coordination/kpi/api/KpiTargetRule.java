package org.convene.coordination.kpi.api;

/**
 * What the write side must know of a KPI that takes a target: its name for people, whether a
 * higher figure is better, and the highest meaningful threshold ({@code null}: no maximum).
 */
public record KpiTargetRule(String label, boolean higherIsBetter, Double maximum) {
}
