package org.convene.query.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.convene.query.kpi.api.Breakdown;
import org.convene.query.kpi.api.FindKpiDashboardQuery;
import org.convene.query.kpi.api.Kpi;
import org.convene.query.kpi.api.KpiDashboard;
import org.convene.query.kpi.api.KpiPeriod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Ten years of a county (6,500 referrals and 2,000 missing episodes a year: domain.md, "Sizing") in
 * the month documents, on the embedded store's H2 file backend: a year's dashboard (13 years of
 * trend) and a month's give the figures of the generated data. The time each took is logged and
 * recorded in docs/performance.md (never asserted: the machine is shared).
 */
class KpiTenYearsTest {

    static final YearMonth FIRST = YearMonth.of(2016, 4);
    static final int MONTHS = 120;
    static final int REFERRALS_PER_MONTH = 542;   // ≈ 6,500 a year
    static final int EPISODES_PER_MONTH = 167;    // ≈ 2,000 a year
    static final String[] ETHNICITY = {"WBRI", "WOTH", "MWBC", "APKN", "BAFR", "CHNE", "NOBT", ""};

    private Path dir;
    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    private final long[] receivedPerMonth = new long[MONTHS];
    private final long[] episodesPerMonth = new long[MONTHS];

    @BeforeEach
    void tenYears() throws Exception {
        dir = Files.createTempDirectory("kpi-ten-years");
        server = new MongoServer(new H2Backend(dir.resolve("store.mv").toString()));
        var address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        mongo = new MongoTemplate(client, "convene-ten-years");
        Random random = new Random(20261123);
        for (int m = 0; m < MONTHS; m++) {
            YearMonth month = FIRST.plusMonths(m);
            KpiMonthDocument referrals = new KpiMonthDocument();
            referrals.month = month.toString();
            KpiMonthDocument missing = referrals;
            for (int i = 0; i < REFERRALS_PER_MONTH; i++) {
                ReferralFact r = new ReferralFact();
                r.referralId = "r-" + m + "-" + i;
                r.receivedAt = month.atDay(1 + random.nextInt(month.lengthOfMonth())).atTime(12, 0)
                        .toInstant(ZoneOffset.UTC);
                r.sourceCode = random.nextInt(3) == 0 ? "6" : "2A";
                r.type = "PROFESSIONAL_CONCERN";
                r.decidedAt = r.receivedAt.plus(Duration.ofHours(2 + random.nextInt(70)));
                r.response = "EARLY_HELP";
                r.responseAt = r.decidedAt;
                for (int c = 0; c < 1 + random.nextInt(2); c++) {
                    ReferralFact.ChildFact child = new ReferralFact.ChildFact();
                    child.childId = "c-" + random.nextInt(60_000);
                    child.sex = random.nextBoolean() ? "1" : "2";
                    child.ethnicity = ETHNICITY[random.nextInt(ETHNICITY.length)];
                    child.locality = "Locality " + random.nextInt(6);
                    child.reReferral = random.nextInt(5) == 0;
                    r.children.add(child);
                }
                referrals.rows.add(r);
            }
            receivedPerMonth[m] = REFERRALS_PER_MONTH;
            for (int i = 0; i < EPISODES_PER_MONTH; i++) {
                EpisodeFact e = new EpisodeFact();
                e.episodeId = "e-" + m + "-" + i;
                e.childId = "c-" + random.nextInt(60_000);
                e.sex = random.nextBoolean() ? "1" : "2";
                e.ethnicity = ETHNICITY[random.nextInt(ETHNICITY.length)];
                e.locality = "Locality " + random.nextInt(6);
                e.lastSeenAt = month.atDay(1 + random.nextInt(month.lengthOfMonth())).atTime(20, 0)
                        .toInstant(ZoneOffset.UTC);
                e.returnedAt = e.lastSeenAt.plus(Duration.ofHours(1 + random.nextInt(48)));
                missing.episodes.add(e);
            }
            episodesPerMonth[m] = EPISODES_PER_MONTH;
            referrals.save(mongo);
        }
    }

    @AfterEach
    void close() throws Exception {
        client.close();
        server.shutdownNow();
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void aYearsAndAMonthsDashboardOverTenYears() {
        KpiReports reports = new KpiReports(mongo);
        long readStarted = System.nanoTime();
        for (int m = -36; m < MONTHS; m++) {
            KpiMonthDocument.load(mongo, FIRST.plusMonths(m).toString());
        }
        long readMs = (System.nanoTime() - readStarted) / 1_000_000;
        KpiPeriod year = KpiPeriod.year(LocalDate.of(2025, 4, 1));   // the tenth year: April 2025 to March 2026
        List<Long> timings = new ArrayList<>();
        long started = System.nanoTime();
        KpiDashboard d = reports.handle(new FindKpiDashboardQuery(year, Breakdown.ETHNICITY));
        timings.add((System.nanoTime() - started) / 1_000_000);
        long expectedYear = 0;
        for (int m = MONTHS - 12; m < MONTHS; m++) {
            expectedYear += receivedPerMonth[m];
        }
        assertThat(d.result(Kpi.REFERRALS_RECEIVED).current().numerator()).isEqualTo(expectedYear);
        // the year before (2024/25) is the ninth year
        assertThat(d.result(Kpi.REFERRALS_RECEIVED).previous().numerator()).isEqualTo(expectedYear);
        // the trend reaches back 12 years: the three before April 2016 are empty
        assertThat(d.result(Kpi.REFERRALS_RECEIVED).trend().subList(0, 3))
                .allSatisfy(v -> assertThat(v.numerator()).isZero());
        assertThat(d.result(Kpi.MISSING_EPISODES).current().numerator()).isEqualTo(12L * EPISODES_PER_MONTH);

        started = System.nanoTime();
        KpiDashboard month = reports.handle(new FindKpiDashboardQuery(KpiPeriod.month(FIRST.plusMonths(MONTHS - 1)),
                Breakdown.NONE));
        timings.add((System.nanoTime() - started) / 1_000_000);
        assertThat(month.result(Kpi.REFERRALS_RECEIVED).current().numerator())
                .isEqualTo(receivedPerMonth[MONTHS - 1]);

        started = System.nanoTime();
        reports.handle(new FindKpiDashboardQuery(KpiPeriod.quarter(LocalDate.of(2026, 1, 1)), Breakdown.SOURCE));
        timings.add((System.nanoTime() - started) / 1_000_000);
        System.out.println("KPI dashboard over ten years (H2 backend): reading the 156 month documents alone "
                + readMs + " ms; year with ethnicity breakdown "
                + timings.get(0) + " ms, month " + timings.get(1) + " ms, quarter by source " + timings.get(2)
                + " ms");
    }
}
