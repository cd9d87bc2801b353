package org.convene.query.audit.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why someone opened a child's record: asked before a chronology or record is shown, and kept in
 * the access log with who opened it and when. A short list on purpose (partnership information
 * sharing agreements ask for the reason, not an essay).
 */
public enum AccessPurpose {
    SCREENING("Daily screening meeting (DART / MASH)"),
    PANEL("Exploitation panel"),
    MISSING("Missing episode or return interview"),
    CHILD_PROTECTION("Child protection enquiry (section 47)"),
    CASE_REVIEW("Case review or audit"),
    RECORD_MAINTENANCE("Record maintenance (e.g. merging duplicates)");

    private final String label;

    AccessPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The purpose named by {@code code} (its constant name, any case), if it is one. */
    public static Optional<AccessPurpose> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(code.trim())).findFirst();
    }
}
