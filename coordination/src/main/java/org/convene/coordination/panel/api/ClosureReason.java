package org.convene.coordination.panel.api;

/** Why a panel case was closed. Stored in events: never rename a constant. */
public enum ClosureReason {
    RISK_REDUCED("Risk reduced"),
    MOVED_OUT_OF_AREA("Moved out of area"),
    TURNED_18("Turned 18"),
    TRANSFERRED("Transferred"),
    /**
     * The child's record was merged into another and this case joined the surviving record's case
     * (or became it). Recorded by Convene at the merge, never chosen by a chair; not an outcome of
     * the panel's work.
     */
    MERGED("Merged into the surviving record's case");

    private final String label;

    ClosureReason(String label) {
        this.label = label;
    }

    /** The reasons a chair can choose (all but {@link #MERGED}). */
    public static java.util.List<ClosureReason> chosenByAChair() {
        return java.util.Arrays.stream(values()).filter(r -> r != MERGED).toList();
    }

    public String label() {
        return label;
    }
}
