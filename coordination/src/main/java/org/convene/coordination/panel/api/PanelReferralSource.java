package org.convene.coordination.panel.api;

/** How a young person came to the panel. Stored in events: never rename a constant. */
public enum PanelReferralSource {
    /** The daily screening meeting decided on a referral to the exploitation panel. */
    SCREENING_DECISION("Screening decision"),
    /** The repeat-missing rule (or a high-risk missing episode) flagged the young person. */
    MISSING_FLAG("Repeat / high-risk missing flag"),
    /** An agency referred the young person directly. */
    AGENCY_REFERRAL("Agency referral");

    private final String label;

    PanelReferralSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
