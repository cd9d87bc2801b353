package org.convene.query.kpi;

import java.time.Instant;

import org.convene.query.kpi.api.KpiSettingsChange;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One line of the KPI settings' history, keyed by its event's sequence number (a redelivery rewrites it). */
@Document(KpiSettingsChangeDocument.COLLECTION)
class KpiSettingsChangeDocument {

    static final String COLLECTION = "kpi_settings_history";

    @Id
    String id;
    long version;
    Instant at;
    String userId;
    String agencyId;
    String what;
    String from;
    String to;

    KpiSettingsChange change() {
        return new KpiSettingsChange(at, userId, agencyId, what, from, to);
    }
}
