package org.convene.query.kpi.api;

/**
 * A KPI's target: at or better than {@code green} is Green, at or better than {@code amber} is
 * Amber, worse is Red ("better" is higher or lower as the KPI's direction says).
 */
public record KpiTarget(double green, double amber) {

    public Rag status(Kpi kpi, Double value) {
        if (value == null || kpi.direction() == Kpi.Direction.NEUTRAL) {
            return Rag.NONE;
        }
        boolean higher = kpi.direction() == Kpi.Direction.HIGHER_IS_BETTER;
        if (higher ? value >= green : value <= green) {
            return Rag.GREEN;
        }
        if (higher ? value >= amber : value <= amber) {
            return Rag.AMBER;
        }
        return Rag.RED;
    }

    /** Whether the thresholds are in the right order for the KPI's direction. */
    public boolean validFor(Kpi kpi) {
        return switch (kpi.direction()) {
            case HIGHER_IS_BETTER -> green >= amber;
            case LOWER_IS_BETTER -> green <= amber;
            case NEUTRAL -> false;
        };
    }
}
