package org.convene.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.convene.coordination.kpi.api.ChangeKpiSettingsCommand;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.infra.projection.ProjectionRebuilder;
import org.convene.infra.security.MongoUserDetailsService;
import org.convene.query.kpi.api.Breakdown;
import org.convene.query.kpi.api.FindKpiDashboardQuery;
import org.convene.query.kpi.api.FindKpiRecordsQuery;
import org.convene.query.kpi.api.Kpi;
import org.convene.query.kpi.api.KpiDashboard;
import org.convene.query.kpi.api.KpiPeriod;
import org.convene.query.kpi.api.KpiRecord;
import org.convene.testsupport.TestUsers;
import org.convene.ui.ConveneSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The KPI projection on the real application and event store (the test county): rebuilding the
 * {@code kpi} projection from the event store gives identical figures, and the roles are checked
 * behind the UI.
 */
@ConveneSpringTest
class KpiRebuildTest {

    @Autowired QueryGateway queries;
    @Autowired CommandGateway commands;
    @Autowired MongoUserDetailsService users;
    @Autowired ProjectionRebuilder rebuilder;
    @Autowired EventProcessingConfiguration processing;

    private KpiDashboard dashboard(KpiPeriod period, Breakdown breakdown) throws Exception {
        return TestUsers.as(users, "analyst", () -> queries.query(new FindKpiDashboardQuery(period, breakdown),
                ResponseTypes.instanceOf(KpiDashboard.class)).join());
    }

    @Test
    void rebuildingTheKpiProjectionFromTheEventStoreGivesIdenticalFigures() throws Exception {
        TrackingEventProcessor kpi = processing.eventProcessor("kpi", TrackingEventProcessor.class).orElseThrow();
        ProjectionRebuilder.awaitCaughtUp(kpi, Duration.ofMinutes(5));
        assertThat(rebuilder.projections()).contains("kpi");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        // the test county is recorded today: this quarter and the last 40 days hold all of it
        List<KpiPeriod> periods = List.of(KpiPeriod.quarter(today), KpiPeriod.custom(today.minusDays(40), today),
                KpiPeriod.year(today));
        List<KpiDashboard> before = new java.util.ArrayList<>();
        for (KpiPeriod p : periods) {
            before.add(dashboard(p, Breakdown.NONE));
            before.add(dashboard(p, Breakdown.ETHNICITY));
            before.add(dashboard(p, Breakdown.SOURCE));
        }
        KpiDashboard recent = before.get(3);
        assertThat(recent.result(Kpi.REFERRALS_RECEIVED).current().numerator()).isPositive();
        assertThat(recent.result(Kpi.MISSING_EPISODES).current().numerator()).isPositive();

        rebuilder.rebuild("kpi", Duration.ofMinutes(10));

        List<KpiDashboard> after = new java.util.ArrayList<>();
        for (KpiPeriod p : periods) {
            after.add(dashboard(p, Breakdown.NONE));
            after.add(dashboard(p, Breakdown.ETHNICITY));
            after.add(dashboard(p, Breakdown.SOURCE));
        }
        assertThat(after).isEqualTo(before);
    }

    @Test
    void analystsSeeAggregatesOnlyAndOnlyAdministratorsSetTargets() throws Exception {
        KpiPeriod period = KpiPeriod.quarter(LocalDate.now(ZoneId.of("Europe/London")));
        FindKpiRecordsQuery drill = new FindKpiRecordsQuery(period, Kpi.REFERRALS_RECEIVED, Breakdown.NONE, null);
        assertThatThrownBy(() -> TestUsers.as(users, "analyst", () -> queries.query(drill,
                ResponseTypes.multipleInstancesOf(KpiRecord.class)).join()))
                .isInstanceOf(AccessDeniedException.class);
        List<KpiRecord> records = TestUsers.as(users, "admin", () -> queries.query(drill,
                ResponseTypes.multipleInstancesOf(KpiRecord.class)).join());
        assertThat(records).isNotEmpty();
        assertThatThrownBy(() -> TestUsers.run(users, "analyst", () -> commands.sendAndWait(
                new ChangeKpiSettingsCommand(1, "", java.util.Map.of(), null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.as(users, "police.screener", () -> queries.query(
                new FindKpiDashboardQuery(period, Breakdown.NONE), ResponseTypes.instanceOf(KpiDashboard.class))
                .join())).isInstanceOf(AccessDeniedException.class);
    }
}
