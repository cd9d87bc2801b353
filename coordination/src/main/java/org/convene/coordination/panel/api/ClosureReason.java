package org.convene.coordination.panel.api;

/** Why a panel case was closed. Stored in events: never rename a constant. */
public enum ClosureReason {
    RISK_REDUCED("Risk reduced"),
    MOVED_OUT_OF_AREA("Moved out of area"),
    TURNED_18("Turned 18"),
    TRANSFERRED("Transferred");

    private final String label;

    ClosureReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
