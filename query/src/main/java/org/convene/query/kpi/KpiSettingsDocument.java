package org.convene.query.kpi;

import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The administrator's KPI settings ({@code _id} "settings"). Configuration: never cleared by a rebuild. */
@Document(KpiSettingsDocument.COLLECTION)
class KpiSettingsDocument {

    static final String COLLECTION = "kpi_settings";
    static final String ID = "settings";

    @Id
    String id = ID;
    int childPopulation;
    String populationSource;
    /** KPI name to {green, amber}. */
    Map<String, java.util.List<Double>> targets;
    String updatedBy;
    java.time.Instant updatedAt;
}
