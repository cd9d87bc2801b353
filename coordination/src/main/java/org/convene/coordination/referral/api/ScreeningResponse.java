package org.convene.coordination.referral.api;

/** The agreed response of the daily screening meeting (domain.md). Never rename a constant. */
public enum ScreeningResponse {
    NO_FURTHER_ACTION("No further action"),
    INFORMATION_AND_SIGNPOSTING("Information and signposting"),
    EARLY_HELP("Early help"),
    SINGLE_AGENCY_REFERRAL("Single-agency referral"),
    CHILD_AND_FAMILY_ASSESSMENT("Child and family assessment"),
    STRATEGY_DISCUSSION("Strategy discussion / section 47 enquiry"),
    MARAC_REFERRAL("MARAC referral (high-risk adult victim)"),
    EXPLOITATION_PANEL_REFERRAL("Referral to the exploitation panel");

    private final String label;

    ScreeningResponse(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
