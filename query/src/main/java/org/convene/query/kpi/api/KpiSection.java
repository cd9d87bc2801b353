package org.convene.query.kpi.api;

/** The groups of KPIs on the dashboard (domain.md, "KPIs for the QAPP sub-group"). */
public enum KpiSection {
    REFERRALS("Referrals"),
    MISSING("Missing children"),
    PANEL("Exploitation panel"),
    EQUALITY("Equality monitoring");

    private final String label;

    KpiSection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
