package org.convene.query.kpi.api;

/** What a KPI's value is. */
public enum KpiUnit {
    /** A number of records (the numerator). */
    COUNT,
    /** 100 × numerator ÷ denominator. */
    PERCENT,
    /** numerator ÷ child population × 10,000. */
    RATE_PER_10000,
    /** A median, in hours, over the numerator's records. */
    HOURS,
    /** A median, in days, over the numerator's records. */
    DAYS,
    /** A count split into fixed categories (the groups are the figures). */
    DISTRIBUTION
}
