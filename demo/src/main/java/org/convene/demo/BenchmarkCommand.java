package org.convene.demo;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.bson.Document;
import org.convene.infra.projection.ProjectionRebuilder;
import org.convene.infra.store.InMemoryIndexes;
import org.convene.query.chronology.api.ChronologyEntry;
import org.convene.query.chronology.api.FindChildChronologyQuery;
import org.convene.query.audit.api.AccessPurpose;
import org.convene.query.kpi.api.Breakdown;
import org.convene.query.kpi.api.FindKpiDashboardQuery;
import org.convene.query.kpi.api.KpiDashboard;
import org.convene.query.kpi.api.KpiPeriod;
import java.time.YearMonth;
import org.convene.query.missing.api.FindMissingNowQuery;
import org.convene.query.missing.api.MissingNowItem;
import org.convene.query.referral.api.FindMeetingBoardQuery;
import org.convene.query.referral.api.FindRecentReferralsQuery;
import org.convene.query.referral.api.FindReferralDetailsQuery;
import org.convene.query.referral.api.MeetingBoardItem;
import org.convene.query.referral.api.ReferralDetails;
import org.convene.query.referral.api.ReferralSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;

/**
 * The benchmark: started with {@code --convene.bench=years=1,seed=42,out=path.md} on an empty store,
 * it generates the synthetic county through the command gateway and measures, side by side in the
 * same process and store: query latencies, memory and the CPU the application uses while idle,
 * then gateway commands against raw driver inserts of as many documents, and a rebuild of every
 * projection against a raw read of the event collection. It writes its results as Markdown to {@code out} and
 * exits (bench/run assembles docs/performance.md).
 */
@Component("convene.bench")
record BenchmarkCommand(SyntheticCounty county, CountyStore store, ProjectionRebuilder rebuilder, QueryGateway queries,
                        CountyUsers users, @Value("${convene.bench-idle-seconds:20}") int idleSeconds)
        implements CountyCommand {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkCommand.class);

    @Override
    public void work(CountyOptions options) throws Exception {
        Path path = Path.of(options.out() == null ? "target/bench.md" : options.out());
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        measure(options.days(), options.seed(), path);
        log.info("Benchmark finished; results in {}", path.toAbsolutePath());
    }

    /**
     * Generates and measures, writing the report to {@code out} after each part (a long run that is
     * stopped keeps what it measured). The queries, memory and idle CPU of the county as generated
     * come first; then the raw inserts (which add and drop a scratch collection) and the rebuild.
     */
    private void measure(int days, long seed, Path out) throws Exception {
        store.requireEmpty();
        StringBuilder md = new StringBuilder();
        String years = days % 365 == 0 ? (days / 365) + (days == 365 ? " year" : " years") : days + " days";
        md.append("## A county of ").append(years).append(" (seed ").append(seed).append(")\n\n");

        // 1. The county through the command gateway, every command's round trip timed.
        List<Long> latencies = new ArrayList<>();
        log.info("Benchmark: generating {} of the synthetic county through the command gateway", years);
        SyntheticCounty.Result county = this.county.generateDays(days, seed, latencies::add);
        long caughtUpStart = System.nanoTime();
        store.awaitProjections();
        long catchUp = System.nanoTime() - caughtUpStart;
        long events = store.eventCount();
        md.append(String.format(Locale.ROOT, "The county: %,d referrals (%,d police domestic-abuse notifications), "
                        + "%,d missing episodes of %,d children, %,d exploitation panel cases opened and %,d panel "
                        + "meetings with %,d discussions, %,d children in all; %,d commands (%,d refused by "
                        + "the rules), **%,d events** in the store.%n%n", county.referrals(),
                county.domesticAbuseNotifications(), county.missingEpisodes(), county.missingChildren(),
                store.panelCasesOpened(), county.panelMeetings(), county.panelDiscussions(),
                county.children(), county.commands(), county.refused(), events));

        Files.writeString(out, md);

        // 2. Query latencies through the query gateway.
        md.append("### Query latency (query gateway, the projections' read paths)\n\n")
                .append("| query | runs | result size | p50 | p95 |\n|---|---|---|---|---|\n");
        for (Map.Entry<String, Supplier<Integer>> query : measuredQueries().entrySet()) {
            md.append(timeQuery(query.getKey(), query.getValue()));
        }
        md.append('\n');

        Files.writeString(out, md);

        // 3. Memory and idle CPU of this application holding the county.
        md.append(idle());
        Files.writeString(out, md);

        // 4. Raw inserts of as many documents into the same store, with the driver.
        long[] raw = rawInserts(events);
        double gatewayRate = county.commands() / seconds(county.nanos());
        double rawRate = events / seconds(raw[0]);
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        md.append("### Writing: command gateway against raw inserts\n\n")
                .append("| measure | command gateway | raw driver | ratio |\n|---|---|---|---|\n")
                .append(String.format(Locale.ROOT, "| throughput | %,.0f commands/s (%,d commands in %.0f s, one "
                                + "thread, events of each command stored before the next) | %,.0f documents/s "
                                + "(`insertMany`, 1,000 a batch) | %.3f |%n", gatewayRate, county.commands(),
                        seconds(county.nanos()), rawRate, gatewayRate / rawRate))
                .append(String.format(Locale.ROOT, "| latency p50 | %.2f ms | %.2f ms (`insertOne`) | %.1f |%n",
                        ms(percentile(sorted, 50)), ms(raw[1]), (double) percentile(sorted, 50) / raw[1]))
                .append(String.format(Locale.ROOT, "| latency p99 | %.2f ms | %.2f ms (`insertOne`) | %.1f |%n%n",
                        ms(percentile(sorted, 99)), ms(raw[2]), (double) percentile(sorted, 99) / raw[2]))
                .append(String.format(Locale.ROOT, "After the last command the projections and sagas needed %.1f s "
                        + "more to catch up.%n%n", seconds(catchUp)));

        Files.writeString(out, md);

        // 5. Rebuilding every projection (all at once, as --convene.rebuild=all does) against a raw read
        //    of the event collection.
        long rawRead = rawRead();
        double readRate = events / seconds(rawRead);
        long t0 = System.nanoTime();
        Map<String, Long> rebuilt = rebuilder.rebuildTogether(rebuilder.projections(), Duration.ofHours(6));
        long allTook = System.nanoTime() - t0;
        md.append("### Rebuilding projections from the event store\n\n")
                .append(String.format(Locale.ROOT, "All %d projections rebuilt together (`--convene.rebuild=all`: each "
                        + "on its own processor thread, sharing the 2 cores) in **%.1f s**; a raw read of the %,d "
                        + "events with the driver took %.1f s (%,.0f documents/s).%n%n", rebuilt.size(),
                        seconds(allTook), events, seconds(rawRead), readRate))
                .append("| projection | caught up after | events/s | ratio to the raw read |\n|---|---|---|---|\n");
        for (Map.Entry<String, Long> projection : rebuilt.entrySet()) {
            double took = projection.getValue() / 1000.0;
            double rebuildRate = events / took;
            md.append(String.format(Locale.ROOT, "| `%s` | %.1f s | %,.0f | %.3f |%n", projection.getKey(), took,
                    rebuildRate, rebuildRate / readRate));
        }
        md.append('\n');

        Files.writeString(out, md);
    }

    /** The queries measured: each a few lines, returning the size of its answer. */
    private Map<String, Supplier<Integer>> measuredQueries() {
        List<String> children = sampleIds("chronologies", 200);
        List<String> referrals = sampleIds("referral_details", 200);
        Random random = new Random(1);
        Map<String, Supplier<Integer>> measured = new LinkedHashMap<>();
        measured.put("Meeting board (`FindMeetingBoardQuery`)", () -> queries.query(new FindMeetingBoardQuery(),
                ResponseTypes.multipleInstancesOf(MeetingBoardItem.class)).join().size());
        measured.put("A child's chronology (`FindChildChronologyQuery`, random children, with its access-log entry)",
                () -> queries.query(new FindChildChronologyQuery(children.get(random.nextInt(children.size())),
                        AccessPurpose.CASE_REVIEW),
                ResponseTypes.multipleInstancesOf(ChronologyEntry.class)).join().size());
        measured.put("A referral (`FindReferralDetailsQuery`, random referrals)", () -> {
            ReferralDetails details = queries.query(new FindReferralDetailsQuery(
                    referrals.get(random.nextInt(referrals.size()))), ReferralDetails.class).join();
            return details == null ? 0 : 1;
        });
        measured.put("Missing now (`FindMissingNowQuery`)", () -> queries.query(new FindMissingNowQuery(),
                ResponseTypes.multipleInstancesOf(MissingNowItem.class)).join().size());
        measured.put("Referral list, latest 50 (`FindRecentReferralsQuery`)", () -> queries.query(
                new FindRecentReferralsQuery(50), ResponseTypes.multipleInstancesOf(ReferralSummary.class)).join().size());
        YearMonth lastMonth = YearMonth.now(org.convene.coordination.shared.api.TextRules.UK).minusMonths(1);
        measured.put("KPI dashboard, last month, 12 months of trend (`FindKpiDashboardQuery`)", () -> queries.query(
                new FindKpiDashboardQuery(KpiPeriod.month(lastMonth), Breakdown.NONE), KpiDashboard.class).join()
                .results().size());
        measured.put("KPI dashboard, last financial year by ethnicity, 12 years of trend", () -> queries.query(
                new FindKpiDashboardQuery(KpiPeriod.year(lastMonth.atDay(1)), Breakdown.ETHNICITY),
                KpiDashboard.class).join().results().size());
        return measured;
    }

    private List<String> sampleIds(String collection, int count) {
        List<String> ids = new ArrayList<>();
        for (Document d : store.mongo().getCollection(collection).find().projection(new Document("_id", 1))) {
            ids.add(String.valueOf(d.get("_id")));
        }
        java.util.Collections.shuffle(ids, new Random(7));
        return ids.isEmpty() ? List.of("none") : ids.subList(0, Math.min(count, ids.size()));
    }

    private String timeQuery(String name, Supplier<Integer> query) {
        users.signIn("mash.chair");
        try {
            for (int i = 0; i < 5; i++) {
                query.get();   // warm up
            }
            // 100 runs, or as many as fit in 10 seconds (at least 20) for the slower queries
            int runs = 0;
            long[] times = new long[100];
            int size = 0;
            long budget = System.nanoTime() + 10_000_000_000L;
            while (runs < times.length && (runs < 20 || System.nanoTime() < budget)) {
                long t0 = System.nanoTime();
                size = query.get();
                times[runs++] = System.nanoTime() - t0;
            }
            times = Arrays.copyOf(times, runs);
            Arrays.sort(times);
            return String.format(Locale.ROOT, "| %s | %d | %,d | %.1f ms | %.1f ms |%n", name, runs, size,
                    ms(percentile(times, 50)), ms(percentile(times, 95)));
        } finally {
            users.signOut();
        }
    }

    /** {total nanos of insertMany of n documents, insertOne p50, insertOne p99}; the scratch collection is dropped. */
    private long[] rawInserts(long n) {
        MongoCollection<Document> events = store.mongo().getCollection(CountyStore.EVENTS);
        if (store.mongo().collectionExists("bench_raw_inserts")) {
            store.mongo().dropCollection("bench_raw_inserts");
        }
        MongoCollection<Document> scratch = store.mongo().getCollection("bench_raw_inserts");
        List<Document> batch = new ArrayList<>(1000);
        long total = 0;
        long copied = 0;
        for (Document event : events.find().batchSize(1000)) {
            event.remove("_id");
            batch.add(event);
            if (batch.size() == 1000 || copied + batch.size() >= n) {
                long t0 = System.nanoTime();
                scratch.insertMany(batch, new InsertManyOptions().ordered(true));
                total += System.nanoTime() - t0;
                copied += batch.size();
                batch = new ArrayList<>(1000);
            }
            if (copied >= n) {
                break;
            }
        }
        scratch.drop();
        int singles = 2000;
        long[] times = new long[singles];
        int i = 0;
        for (Document event : events.find().limit(singles)) {
            event.remove("_id");
            long t0 = System.nanoTime();
            scratch.insertOne(event);
            times[i++] = System.nanoTime() - t0;
        }
        scratch.drop();
        long[] used = Arrays.copyOf(times, i);
        Arrays.sort(used);
        return new long[] {total, percentile(used, 50), percentile(used, 99)};
    }

    private long rawRead() {
        long t0 = System.nanoTime();
        long count = 0;
        for (Document ignored : store.mongo().getCollection(CountyStore.EVENTS).find().batchSize(1000)) {
            count++;
        }
        log.info("Raw read of {} events", count);
        return System.nanoTime() - t0;
    }

    private String idle() throws Exception {
        store.awaitProjections();
        System.gc();
        Thread.sleep(2000);
        Runtime runtime = Runtime.getRuntime();
        long heapUsed = runtime.totalMemory() - runtime.freeMemory();
        double withIndexes = idleCpu(idleSeconds);
        InMemoryIndexes.enableForMeasurement(false);
        double withoutIndexes;
        try {
            withoutIndexes = idleCpu(Math.max(10, idleSeconds / 2));
        } finally {
            InMemoryIndexes.enableForMeasurement(true);
        }
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmRSS:")).findFirst().map(l -> l.substring(6).strip()).orElse("?");
        return String.format(Locale.ROOT, "### Memory and idle CPU (this application, holding the county)%n%n"
                        + "| measure | value |%n|---|---|%n"
                        + "| heap in use after a full GC | %,d MB (max heap %,d MB) |%n"
                        + "| resident set size (RSS) | %s |%n"
                        + "| CPU while idle for %d s (event processors polling, deadline poller) | %.2f %% of one core |%n"
                        + "| the same for %d s with the store's in-memory indexes switched off (every poll reads the "
                        + "whole collection) | %.2f %% of one core |%n"
                        + "| live threads | %d |%n%n",
                heapUsed >> 20, runtime.maxMemory() >> 20, rss, idleSeconds, withIndexes,
                Math.max(10, idleSeconds / 2), withoutIndexes, ManagementFactory.getThreadMXBean().getThreadCount());
    }

    /** The process's CPU over {@code seconds} of idle time, in % of one core. */
    private static double idleCpu(int seconds) throws InterruptedException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        return 100.0 * (os.getProcessCpuTime() - cpu0) / (System.nanoTime() - t0);
    }

    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
