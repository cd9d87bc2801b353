package org.convene.coordination.referral.api;

/** The part an adult plays in a referral. Stored in events: never rename a constant. */
public enum AdultRole {
    VICTIM("Victim"),
    ALLEGED_PERPETRATOR("Alleged perpetrator"),
    PARENT_OR_CARER("Parent or carer"),
    OTHER("Other");

    private final String label;

    AdultRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
