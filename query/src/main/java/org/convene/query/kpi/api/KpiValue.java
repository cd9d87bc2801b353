package org.convene.query.kpi.api;

/**
 * One figure: {@code value} (null when it cannot be computed, e.g. a percentage of nothing), the
 * numerator (the records counted) and the denominator (for percentages; the population for rates;
 * 0 otherwise).
 */
public record KpiValue(Double value, long numerator, long denominator) {

    public static KpiValue count(long n) {
        return new KpiValue((double) n, n, 0);
    }

    public static KpiValue percent(long numerator, long denominator) {
        return new KpiValue(denominator == 0 ? null : round1(100.0 * numerator / denominator), numerator,
                denominator);
    }

    public static double round1(double v) {
        return Math.round(v * 10.0) / 10.0;
    }
}
