package org.convene.coordination.missing.api;

/**
 * SSDA903 episode type for a looked-after child (reference/dfe-codes/missing.yml): M = missing,
 * whereabouts unknown; A = away from placement without authorisation, whereabouts known.
 */
public enum CareAbsenceType {
    M("Missing: whereabouts not known"),
    A("Away from placement without authorisation: whereabouts known");

    private final String label;

    CareAbsenceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
