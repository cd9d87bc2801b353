package org.convene.query.kpi.api;

import java.util.EnumMap;
import java.util.Map;

/**
 * What an administrator sets: the child population (ONS mid-year estimate of children aged 0–17)
 * for the rate per 10,000, and the targets of the KPIs that have a direction.
 *
 * @param version the settings' version (send it with a change: decision 0022); {@code null} when no
 *                change has been recorded as an event yet
 */
public record KpiSettings(int childPopulation, String populationSource, Map<Kpi, KpiTarget> targets, Long version) {

    /** Northshire (fictitious): about 125,000 children (domain.md, "Sizing"). */
    public static final int DEFAULT_CHILD_POPULATION = 125_000;

    public KpiSettings {
        targets = targets == null ? Map.of() : Map.copyOf(targets);
    }

    public KpiSettings(int childPopulation, String populationSource, Map<Kpi, KpiTarget> targets) {
        this(childPopulation, populationSource, targets, null);
    }

    /** Until an administrator sets them: national figures where one is published (docs/kpis.md). */
    public static KpiSettings defaults() {
        Map<Kpi, KpiTarget> targets = new EnumMap<>(Kpi.class);
        targets.put(Kpi.SCREENED_WITHIN_ONE_WORKING_DAY, new KpiTarget(95, 85));
        targets.put(Kpi.RE_REFERRAL_RATE, new KpiTarget(22, 25));
        targets.put(Kpi.INTERVIEW_OFFERED_IN_72_HOURS, new KpiTarget(90, 75));
        targets.put(Kpi.INTERVIEW_COMPLETED_IN_72_HOURS, new KpiTarget(63, 50));
        targets.put(Kpi.ETHNICITY_RECORDED, new KpiTarget(95, 85));
        return new KpiSettings(DEFAULT_CHILD_POPULATION, "Default (set by an administrator)", targets);
    }

    public KpiTarget target(Kpi kpi) {
        return targets.get(kpi);
    }
}
