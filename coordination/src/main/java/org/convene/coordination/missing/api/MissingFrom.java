package org.convene.coordination.missing.api;

/** Where the child went missing from. Stored in events: never rename a constant. */
public enum MissingFrom {
    HOME("Home"),
    CARE("Care (looked-after child)");

    private final String label;

    MissingFrom(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
