package org.convene.query.panel.api;

/** Why an open panel case is drifting and needs the chair's attention (Warwickshire's escalation triggers). */
public enum DriftFlag {
    REVIEW_OVERDUE("Review overdue"),
    ACTIONS_OVERDUE("Actions overdue"),
    THIRD_REFERRAL_IN_12_MONTHS("3+ referrals in 12 months");

    private final String label;

    DriftFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
