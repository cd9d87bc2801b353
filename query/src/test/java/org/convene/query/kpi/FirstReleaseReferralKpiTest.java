package org.convene.query.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.convene.coordination.referral.api.ChildWithoutRecord;
import org.convene.coordination.referral.api.ReferralReceivedEvent;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.query.kpi.api.Breakdown;
import org.convene.query.kpi.api.FindKpiDashboardQuery;
import org.convene.query.kpi.api.Kpi;
import org.convene.query.kpi.api.KpiPeriod;
import org.convene.query.testsupport.Dispatch;
import org.convene.query.testsupport.ScreeningEvents;
import org.convene.query.testsupport.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A referral stored by the first release, read today as a {@link ReferralReceivedEvent} naming a
 * child without a record (decision 0027), names no child to count: no KPI counts it (docs/kpis.md).
 */
class FirstReleaseReferralKpiTest {

    private final EmbeddedMongo store = new EmbeddedMongo();
    private final KpiProjection projection = new KpiProjection(store.template());
    private final KpiReports reports = new KpiReports(store.template());

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aFirstReleaseReferralIsNotCounted() {
        var received = KpiEvents.at("2026-05-12T09:00:00Z");
        Dispatch.to(new ReferralReceivedEvent("R1", received, "6", ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION,
                null, List.of(), List.of(new ChildWithoutRecord("Amira Fenwick", LocalDate.of(2018, 5, 4))), List.of(),
                List.of(), null, "Fictitious.", true, null, ScreeningEvents.POLICE, received), projection);
        Dispatch.to(KpiEvents.referral("R2", "2026-05-13T09:00:00Z", "6", null, "amy"), projection);

        var may = reports.handle(new FindKpiDashboardQuery(KpiPeriod.month(YearMonth.of(2026, 5)), Breakdown.NONE));
        assertThat(may.result(Kpi.REFERRALS_RECEIVED).current().value()).isEqualTo(1.0);
    }
}
