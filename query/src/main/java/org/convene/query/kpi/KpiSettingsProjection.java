package org.convene.query.kpi;

import java.text.DecimalFormat;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.convene.coordination.kpi.api.ChildPopulationChangedEvent;
import org.convene.coordination.kpi.api.KpiSettingsCarriedOverEvent;
import org.convene.coordination.kpi.api.KpiSettingsId;
import org.convene.coordination.kpi.api.KpiTargetChangedEvent;
import org.convene.coordination.kpi.api.KpiThresholds;
import org.convene.coordination.shared.api.RecordedBy;
import org.convene.query.kpi.api.FindKpiSettingsHistoryQuery;
import org.convene.query.kpi.api.Kpi;
import org.convene.query.kpi.api.KpiUnit;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The KPI settings in force ({@code kpi_settings_current}: what the dashboard's red / amber / green
 * status reads) and their history ({@code kpi_settings_history}: who changed what from what to what,
 * when; each new line is sent to the screens showing it), from the settings' events (decision
 * 0028). Its own processing group, {@code kpi-settings}: rebuilt from the events, and not touched
 * by a rebuild of the {@code kpi} facts.
 */
@Component
@ProcessingGroup(KpiSettingsProjection.PROCESSING_GROUP)
record KpiSettingsProjection(MongoTemplate mongo, QueryUpdateEmitter updates) {

    static final String PROCESSING_GROUP = "kpi-settings";

    @EventHandler
    void on(KpiSettingsCarriedOverEvent e, @SequenceNumber long version) {
        boolean defaults = e.formerlySetBy() == null;
        update(version, e.recordedBy(), e.recordedAt(), doc -> {
            doc.childPopulation = e.childPopulation();
            doc.populationSource = e.populationSource();
            doc.targets = new LinkedHashMap<>();
            e.targets().forEach((kpi, t) -> doc.targets.put(kpi, List.of(t.green(), t.amber())));
            if (!defaults) {
                doc.updatedBy = e.formerlySetBy();
                doc.updatedByAgency = null;
                doc.updatedAt = e.formerlySetAt();
            }
        });
        history(version, e.recordedBy(), e.recordedAt(), "Settings when this history began",
                defaults ? "None recorded" : "Saved by " + e.formerlySetBy() + " with an earlier release",
                (defaults ? "The defaults: " : "As saved: ") + "child population "
                        + population(e.childPopulation(), null) + ", " + e.targets().size() + " targets");
    }

    @EventHandler
    void on(ChildPopulationChangedEvent e, @SequenceNumber long version) {
        update(version, e.recordedBy(), e.recordedAt(), doc -> {
            doc.childPopulation = e.population();
            doc.populationSource = e.source();
        });
        history(version, e.recordedBy(), e.recordedAt(), "Child population",
                population(e.previousPopulation(), e.previousSource()), population(e.population(), e.source()));
    }

    @EventHandler
    void on(KpiTargetChangedEvent e, @SequenceNumber long version) {
        update(version, e.recordedBy(), e.recordedAt(), doc -> {
            doc.targets = doc.targets == null ? new LinkedHashMap<>() : new LinkedHashMap<>(doc.targets);
            if (e.target() == null) {
                doc.targets.remove(e.kpi());
            } else {
                doc.targets.put(e.kpi(), List.of(e.target().green(), e.target().amber()));
            }
        });
        Kpi kpi = Kpi.valueOf(e.kpi());
        history(version, e.recordedBy(), e.recordedAt(), kpi.label(), target(kpi, e.previous()),
                target(kpi, e.target()));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(KpiSettingsDocument.CURRENT);
        mongo.dropCollection(KpiSettingsChangeDocument.class);
    }

    /** Applies an event to the settings in force, once: a redelivered (older) event changes nothing. */
    private void update(long version, RecordedBy by, Instant at, Consumer<KpiSettingsDocument> change) {
        KpiSettingsDocument doc = mongo.findById(KpiSettingsDocument.ID, KpiSettingsDocument.class,
                KpiSettingsDocument.CURRENT);
        if (doc == null) {
            doc = new KpiSettingsDocument();
        } else if (doc.version != null && doc.version >= version) {
            return;
        }
        doc.updatedBy = by.userId();
        doc.updatedByAgency = by.agencyId();
        doc.updatedAt = at;
        change.accept(doc);
        doc.version = version;
        mongo.save(doc, KpiSettingsDocument.CURRENT);
    }

    private void history(long version, RecordedBy by, Instant at, String what, String from,
                         String to) {
        KpiSettingsChangeDocument doc = new KpiSettingsChangeDocument();
        doc.id = KpiSettingsId.PARTNERSHIP + ":" + version;
        doc.version = version;
        doc.at = at;
        doc.userId = by.userId();
        doc.agencyId = by.agencyId();
        doc.what = what;
        doc.from = from;
        doc.to = to;
        mongo.save(doc);
        updates.emit(FindKpiSettingsHistoryQuery.class, query -> true, doc.change());
    }

    static String population(int population, String source) {
        return String.format(java.util.Locale.UK, "%,d", population)
                + (source == null || source.isBlank() ? "" : " (" + source + ")");
    }

    /** "Green at least 95%, Amber at least 85%", or "No target". */
    static String target(Kpi kpi, KpiThresholds t) {
        if (t == null) {
            return "No target";
        }
        String better = kpi.direction() == Kpi.Direction.LOWER_IS_BETTER ? " at most " : " at least ";
        return "Green" + better + number(kpi, t.green()) + ", Amber" + better + number(kpi, t.amber());
    }

    private static String number(Kpi kpi, double value) {
        String n = new DecimalFormat("0.##").format(value);
        return n + UNITS.getOrDefault(kpi.unit(), "");
    }

    private static final Map<KpiUnit, String> UNITS = Map.of(KpiUnit.PERCENT, "%", KpiUnit.HOURS, " hours",
            KpiUnit.DAYS, " days");
}
