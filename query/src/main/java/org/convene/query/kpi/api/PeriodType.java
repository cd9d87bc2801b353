package org.convene.query.kpi.api;

/** How a reporting period is chosen. Quarters and years are financial (1 April to 31 March). */
public enum PeriodType {
    MONTH("Month"),
    QUARTER("Quarter"),
    YEAR("Year"),
    CUSTOM("Custom");

    private final String label;

    PeriodType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
