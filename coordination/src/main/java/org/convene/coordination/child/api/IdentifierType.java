package org.convene.coordination.child.api;

/** Identifiers agencies hold for a child. Names are stored in events: never rename a constant. */
public enum IdentifierType {
    NHS_NUMBER("NHS number"),
    UPN("Unique pupil number (UPN)"),
    POLICE_ID("Police person id"),
    SOCIAL_CARE_ID("Social care id");

    private final String label;

    IdentifierType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
