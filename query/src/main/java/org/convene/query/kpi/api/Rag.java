package org.convene.query.kpi.api;

/** Red / amber / green status against the target an administrator set. */
public enum Rag {
    GREEN("Green"),
    AMBER("Amber"),
    RED("Red"),
    NONE("No target");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
