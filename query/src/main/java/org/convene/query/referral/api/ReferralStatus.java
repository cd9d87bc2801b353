package org.convene.query.referral.api;

public enum ReferralStatus {
    AWAITING_SCREENING("Awaiting screening"),
    DECIDED("Decided"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
