package org.convene.query.kpi.api;

/**
 * The KPIs of the QAPP dashboard. Every definition is in docs/kpis.md; the ids are used in
 * settings, exports and drill-down links, so never rename a constant.
 */
public enum Kpi {
    REFERRALS_RECEIVED(KpiSection.REFERRALS, KpiUnit.COUNT, Direction.NEUTRAL, "Referrals received"),
    REFERRALS_BY_SOURCE(KpiSection.REFERRALS, KpiUnit.DISTRIBUTION, Direction.NEUTRAL,
            "Referrals by source (DfE source of referral)"),
    REFERRALS_BY_TYPE(KpiSection.REFERRALS, KpiUnit.DISTRIBUTION, Direction.NEUTRAL, "Referrals by type"),
    CHILD_REFERRAL_RATE(KpiSection.REFERRALS, KpiUnit.RATE_PER_10000, Direction.NEUTRAL,
            "Children referred per 10,000 children"),
    SCREENED_WITHIN_ONE_WORKING_DAY(KpiSection.REFERRALS, KpiUnit.PERCENT, Direction.HIGHER_IS_BETTER,
            "Screening decision within 1 working day"),
    SCREENING_OUTCOMES(KpiSection.REFERRALS, KpiUnit.DISTRIBUTION, Direction.NEUTRAL, "Screening outcomes"),
    RE_REFERRAL_RATE(KpiSection.REFERRALS, KpiUnit.PERCENT, Direction.LOWER_IS_BETTER,
            "Re-referrals within 12 months"),
    DASH_LEVELS(KpiSection.REFERRALS, KpiUnit.DISTRIBUTION, Direction.NEUTRAL, "DASH risk levels"),
    MARAC_REFERRALS(KpiSection.REFERRALS, KpiUnit.COUNT, Direction.NEUTRAL, "MARAC referrals"),
    MISSING_EPISODES(KpiSection.MISSING, KpiUnit.COUNT, Direction.NEUTRAL, "Missing episodes"),
    MISSING_CHILDREN(KpiSection.MISSING, KpiUnit.COUNT, Direction.NEUTRAL, "Children missing"),
    REPEAT_MISSING_CHILDREN(KpiSection.MISSING, KpiUnit.COUNT, Direction.NEUTRAL,
            "Children with 3 or more episodes in 90 days"),
    MEDIAN_EPISODE_HOURS(KpiSection.MISSING, KpiUnit.HOURS, Direction.LOWER_IS_BETTER,
            "Median episode duration (hours)"),
    INTERVIEW_OFFERED_IN_72_HOURS(KpiSection.MISSING, KpiUnit.PERCENT, Direction.HIGHER_IS_BETTER,
            "Returns offered a return interview within 72 hours"),
    INTERVIEW_COMPLETED_IN_72_HOURS(KpiSection.MISSING, KpiUnit.PERCENT, Direction.HIGHER_IS_BETTER,
            "Return interviews completed within 72 hours"),
    INTERVIEW_DECLINED(KpiSection.MISSING, KpiUnit.PERCENT, Direction.LOWER_IS_BETTER,
            "Return interviews declined"),
    PANEL_NEW_YOUNG_PEOPLE(KpiSection.PANEL, KpiUnit.COUNT, Direction.NEUTRAL,
            "Young people discussed for the first time (new)"),
    PANEL_REVIEWED_YOUNG_PEOPLE(KpiSection.PANEL, KpiUnit.COUNT, Direction.NEUTRAL, "Young people reviewed"),
    PANEL_RISK_AT_REVIEW(KpiSection.PANEL, KpiUnit.DISTRIBUTION, Direction.NEUTRAL,
            "Risk level at review against the previous level"),
    PANEL_ACTIONS_ON_TIME(KpiSection.PANEL, KpiUnit.PERCENT, Direction.HIGHER_IS_BETTER,
            "Panel actions completed by their due date"),
    PANEL_ACTIONS_OVERDUE(KpiSection.PANEL, KpiUnit.COUNT, Direction.NEUTRAL,
            "Panel actions not completed by their due date"),
    PANEL_DAYS_TO_FIRST_DISCUSSION(KpiSection.PANEL, KpiUnit.DAYS, Direction.LOWER_IS_BETTER,
            "Median days from referral to first panel discussion"),
    ETHNICITY_RECORDED(KpiSection.EQUALITY, KpiUnit.PERCENT, Direction.HIGHER_IS_BETTER,
            "Children with ethnicity recorded"),
    CHILDREN_BY_ETHNICITY(KpiSection.EQUALITY, KpiUnit.DISTRIBUTION, Direction.NEUTRAL, "Children by ethnicity"),
    CHILDREN_BY_SEX(KpiSection.EQUALITY, KpiUnit.DISTRIBUTION, Direction.NEUTRAL, "Children by sex");

    /** Whether a higher value is better, for the red / amber / green status. */
    public enum Direction {
        HIGHER_IS_BETTER,
        LOWER_IS_BETTER,
        NEUTRAL
    }

    private final KpiSection section;
    private final KpiUnit unit;
    private final Direction direction;
    private final String label;

    Kpi(KpiSection section, KpiUnit unit, Direction direction, String label) {
        this.section = section;
        this.unit = unit;
        this.direction = direction;
        this.label = label;
    }

    public KpiSection section() {
        return section;
    }

    public KpiUnit unit() {
        return unit;
    }

    public Direction direction() {
        return direction;
    }

    public String label() {
        return label;
    }

    /** Whether the figure is a count of records (exports show counts under 5 as "&lt;5"). */
    public boolean isCount() {
        return unit == KpiUnit.COUNT || unit == KpiUnit.DISTRIBUTION;
    }
}
