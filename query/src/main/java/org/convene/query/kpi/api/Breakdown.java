package org.convene.query.kpi.api;

/** The optional breakdown of the dashboard's figures. */
public enum Breakdown {
    NONE("No breakdown"),
    SOURCE("Source agency"),
    LOCALITY("Locality"),
    SEX("Sex"),
    ETHNICITY("Ethnicity");

    private final String label;

    Breakdown(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
