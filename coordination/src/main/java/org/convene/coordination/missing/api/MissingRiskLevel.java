package org.convene.coordination.missing.api;

/** The police missing-person risk level. Stored in events: never rename a constant. */
public enum MissingRiskLevel {
    NO_APPARENT_RISK("No apparent risk"),
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    MissingRiskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
