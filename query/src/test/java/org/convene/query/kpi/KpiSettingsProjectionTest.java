package org.convene.query.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.convene.coordination.kpi.api.CarryOverKpiSettingsCommand;
import org.convene.coordination.kpi.api.ChildPopulationChangedEvent;
import org.convene.coordination.kpi.api.KpiSettingsCarriedOverEvent;
import org.convene.coordination.kpi.api.KpiSettingsId;
import org.convene.coordination.kpi.api.KpiTargetChangedEvent;
import org.convene.coordination.kpi.api.KpiThresholds;
import org.convene.coordination.shared.api.RecordedBy;
import org.convene.coordination.shared.api.SystemCommand;
import org.convene.query.kpi.api.FindKpiSettingsHistoryQuery;
import org.convene.query.kpi.api.Kpi;
import org.convene.query.kpi.api.KpiSettings;
import org.convene.query.kpi.api.KpiSettingsChange;
import org.convene.query.kpi.api.KpiTarget;
import org.convene.query.testsupport.Dispatch;
import org.convene.query.testsupport.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The KPI settings in force and their history, from the settings' events (decision 0028); the
 * settings an earlier release saved are carried over into the first event.
 */
class KpiSettingsProjectionTest {

    private static final String ID = KpiSettingsId.PARTNERSHIP;
    private static final RecordedBy SYSTEM = new RecordedBy(SystemCommand.SYSTEM_USER, SystemCommand.SYSTEM_AGENCY);
    private static final RecordedBy ADMIN = new RecordedBy("admin", "northshire-council");
    private static final Instant SAVED_BEFORE = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant STARTED = Instant.parse("2026-12-08T03:00:00Z");
    private static final Instant CHANGED = Instant.parse("2026-12-08T09:15:00Z");

    private final EmbeddedMongo store = new EmbeddedMongo();
    private final KpiSettingsProjection projection = new KpiSettingsProjection(store.template(),
            org.axonframework.queryhandling.SimpleQueryUpdateEmitter.builder().build());
    private final KpiReports reports = new KpiReports(store.template());

    private final KpiSettingsCarriedOverEvent carried = new KpiSettingsCarriedOverEvent(ID, 98_000, "ONS 2024",
            Map.of("SCREENED_WITHIN_ONE_WORKING_DAY", new KpiThresholds(95, 85)), "admin", SAVED_BEFORE, SYSTEM,
            STARTED);
    private final ChildPopulationChangedEvent population = new ChildPopulationChangedEvent(ID, 98_000, "ONS 2024",
            99_500, "ONS 2025", ADMIN, CHANGED);
    private final KpiTargetChangedEvent target = new KpiTargetChangedEvent(ID, "RE_REFERRAL_RATE", null,
            new KpiThresholds(20, 25), ADMIN, CHANGED);

    @AfterEach
    void close() {
        store.close();
    }

    private void replay() {
        Dispatch.asEventOf(ID, 0, carried, projection);
        Dispatch.asEventOf(ID, 1, population, projection);
        Dispatch.asEventOf(ID, 2, target, projection);
    }

    private List<KpiSettingsChange> history() {
        return reports.handle(new FindKpiSettingsHistoryQuery(50));
    }

    @Test
    void theSettingsInForceFollowTheEventsWithTheirVersion() {
        replay();
        KpiSettings now = reports.settings();
        assertThat(now.childPopulation()).isEqualTo(99_500);
        assertThat(now.populationSource()).isEqualTo("ONS 2025");
        assertThat(now.targets()).isEqualTo(Map.of(Kpi.SCREENED_WITHIN_ONE_WORKING_DAY, new KpiTarget(95, 85),
                Kpi.RE_REFERRAL_RATE, new KpiTarget(20, 25)));
        assertThat(now.version()).isEqualTo(2L);
    }

    @Test
    void theHistorySaysWhoChangedWhatFromWhatToWhatAndWhen() {
        replay();
        assertThat(history()).containsExactly(
                new KpiSettingsChange(CHANGED, "admin", "northshire-council", "Re-referrals within 12 months",
                        "No target", "Green at most 20%, Amber at most 25%"),
                new KpiSettingsChange(CHANGED, "admin", "northshire-council", "Child population",
                        "98,000 (ONS 2024)", "99,500 (ONS 2025)"),
                new KpiSettingsChange(STARTED, SystemCommand.SYSTEM_USER, SystemCommand.SYSTEM_AGENCY,
                        "Settings when this history began", "Saved by admin with an earlier release",
                        "As saved: child population 98,000, 1 targets"));
    }

    @Test
    void aRedeliveryOrARebuildGivesTheSameSettingsAndHistory() {
        replay();
        KpiSettings settings = reports.settings();
        List<KpiSettingsChange> history = history();
        Dispatch.asEventOf(ID, 1, population, projection); // an older event again: no change, no second line
        assertThat(reports.settings()).isEqualTo(settings);
        assertThat(history()).isEqualTo(history);
        projection.reset();
        assertThat(history()).isEmpty();
        replay();
        assertThat(reports.settings()).isEqualTo(settings);
        assertThat(history()).isEqualTo(history);
    }

    @Test
    void settingsAnEarlierReleaseSavedAreInForceUntilCarriedOverAndTheCarryOverNamesWhoSavedThem() {
        KpiSettingsCarryOver carryOver = new KpiSettingsCarryOver(store.template(), null);
        assertThat(reports.settings()).isEqualTo(KpiSettings.defaults());
        assertThat(carryOver.command().formerlySetBy()).isNull();
        assertThat(carryOver.command().childPopulation()).isEqualTo(KpiSettings.DEFAULT_CHILD_POPULATION);
        assertThat(carryOver.command().targets()).hasSize(KpiSettings.defaults().targets().size());

        // as the release before decision 0028 saved them
        KpiSettingsDocument saved = new KpiSettingsDocument();
        saved.childPopulation = 98_000;
        saved.populationSource = "ONS 2024";
        saved.targets = Map.of("SCREENED_WITHIN_ONE_WORKING_DAY", List.of(95.0, 85.0));
        saved.updatedBy = "admin";
        saved.updatedAt = SAVED_BEFORE;
        store.template().save(saved, "kpi_settings");

        assertThat(reports.settings()).isEqualTo(new KpiSettings(98_000, "ONS 2024",
                Map.of(Kpi.SCREENED_WITHIN_ONE_WORKING_DAY, new KpiTarget(95, 85))));
        assertThat(carryOver.command()).isEqualTo(new CarryOverKpiSettingsCommand(ID, 98_000, "ONS 2024",
                Map.of("SCREENED_WITHIN_ONE_WORKING_DAY", new KpiThresholds(95, 85)), "admin", SAVED_BEFORE));
        // once carried over and projected, the events' settings are the ones in force
        replay();
        assertThat(reports.settings().childPopulation()).isEqualTo(99_500);
    }
}
