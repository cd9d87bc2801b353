package org.convene.query.audit.api;

/** What was opened about the child. */
public enum AccessedRecord {
    CHRONOLOGY("Chronology"),
    MISSING_HISTORY("Missing episodes"),
    CHILD_RECORD("Child record (REST API)"),
    PANEL_PACK("Panel pack (PDF)");

    private final String label;

    AccessedRecord(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
