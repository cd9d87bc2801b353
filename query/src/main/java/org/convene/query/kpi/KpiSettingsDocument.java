package org.convene.query.kpi;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.convene.query.kpi.api.Kpi;
import org.convene.query.kpi.api.KpiSettings;
import org.convene.query.kpi.api.KpiTarget;
import org.springframework.data.annotation.Id;

/**
 * The KPI settings ({@code _id} "settings") in one of two collections: {@code kpi_settings_current},
 * the settings in force as the {@code kpi-settings} projection built them from the events
 * (rebuildable), and {@code kpi_settings}, where releases before decision 0028 saved them directly
 * (read once, to carry them over into the events).
 */
class KpiSettingsDocument {

    /** Written by releases before decision 0028; no longer written. */
    static final String LEGACY = "kpi_settings";
    static final String CURRENT = "kpi_settings_current";
    static final String ID = "settings";

    @Id
    String id = ID;
    int childPopulation;
    String populationSource;
    /** KPI name to {green, amber}. */
    Map<String, List<Double>> targets;
    String updatedBy;
    String updatedByAgency;
    Instant updatedAt;
    /** The sequence number of the latest event applied (null in the legacy collection). */
    Long version;

    KpiSettings settings() {
        Map<Kpi, KpiTarget> chosen = new EnumMap<>(Kpi.class);
        if (targets != null) {
            targets.forEach((k, v) -> chosen.put(Kpi.valueOf(k), new KpiTarget(v.get(0), v.get(1))));
        }
        return new KpiSettings(childPopulation, populationSource, chosen, version);
    }
}
