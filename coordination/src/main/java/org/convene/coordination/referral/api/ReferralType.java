package org.convene.coordination.referral.api;

/** What kind of referral this is. Names are stored in events: never rename a constant. */
public enum ReferralType {
    POLICE_DOMESTIC_ABUSE_NOTIFICATION("Police domestic-abuse notification"),
    PROFESSIONAL_CONCERN("Professional concern"),
    OTHER("Other");

    private final String label;

    ReferralType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
