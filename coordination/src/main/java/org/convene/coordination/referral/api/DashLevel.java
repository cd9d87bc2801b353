package org.convene.coordination.referral.api;

/** DASH risk checklist level for domestic abuse (1–9 yes = standard, 10–13 = medium, 14+ = high). */
public enum DashLevel {
    STANDARD("Standard"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    DashLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
