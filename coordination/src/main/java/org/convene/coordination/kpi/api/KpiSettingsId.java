package org.convene.coordination.kpi.api;

/** The partnership has one set of KPI settings: the id of its record. */
public final class KpiSettingsId {

    public static final String PARTNERSHIP = "kpi-settings";

    private KpiSettingsId() {
    }
}
