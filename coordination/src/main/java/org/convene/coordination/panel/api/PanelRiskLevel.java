package org.convene.coordination.panel.api;

/**
 * The exploitation risk level the panel agrees for a young person. Declared in increasing order
 * of risk, so {@link #compareTo} says whether a review reduced or increased it. Stored in events:
 * never rename or reorder a constant.
 */
public enum PanelRiskLevel {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    PanelRiskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
