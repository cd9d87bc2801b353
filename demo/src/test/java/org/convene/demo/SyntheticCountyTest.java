package org.convene.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.convene.coordination.shared.api.WorkingDays;
import org.convene.infra.projection.ProjectionRebuilder;
import org.convene.query.panel.api.FindPanelMeetingsQuery;
import org.convene.query.panel.api.PanelMeetingSummary;
import org.convene.query.referral.api.FindRecentReferralsQuery;
import org.convene.query.referral.api.ReferralSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The synthetic county generator (the benchmark's load) through the real application on its own
 * empty store: five weeks ending two days after a panel meeting, so the month's referrals, missing
 * episodes and panel referrals all come before a meeting the chair holds from the agenda.
 */
class SyntheticCountyTest {

    @TempDir
    static Path dataDir;

    private static ConfigurableApplicationContext app;
    private static SyntheticCounty.Result result;
    private static Instant end;

    @BeforeAll
    static void generate() throws Exception {
        // the latest panel meeting day at least a week ago, and two days after it
        LocalDate day = LocalDate.now(WorkingDays.UK).minusDays(7);
        while (!SyntheticCounty.isPanelDay(day)) {
            day = day.minusDays(1);
        }
        end = day.plusDays(2).atStartOfDay(WorkingDays.UK).toInstant();
        List<Long> latencies = new ArrayList<>();
        // generated before the application is ready, like --convene.generate: into the empty store
        app = TestApplication.start(dataDir, context -> {
            context.getBean(CountyStore.class).requireEmpty();
            result = context.getBean(SyntheticCounty.class).generateDays(35, 11, end, latencies::add);
        });
        // interview deadlines that fell due between the end of the history and now fire at once
        MongoTemplate mongo = app.getBean(MongoTemplate.class);
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
        while (mongo.getCollection("deadlines").countDocuments(new Document("triggerAt",
                new Document("$lte", java.util.Date.from(Instant.now())))) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        app.getBean(CountyStore.class).awaitProjections();
        assertThat(latencies).hasSize(result.commands());
    }

    /**
     * The collection's documents by id. A chronology's entries and a KPI month's rows are compared
     * as sets (sorted): the screen sorts entries by time and the KPIs do not depend on row order,
     * and a rebuild reads events recorded in the same millisecond in the store's order (timestamp,
     * then sequence number) rather than in the order they were recorded.
     */
    private static java.util.Map<Object, Document> documents(MongoTemplate mongo, String collection) {
        java.util.Map<Object, Document> byId = new java.util.HashMap<>();
        mongo.getCollection(collection).find().forEach(d -> {
            if (d.get("entries") instanceof List<?> entries) {
                List<Document> sorted = new ArrayList<>(entries.stream().map(Document.class::cast).toList());
                sorted.sort(java.util.Comparator.comparing(e -> e.getString("entryId")));
                d.put("entries", sorted);
            }
            if ("kpi_months".equals(collection)) {
                for (String field : List.copyOf(d.keySet())) {
                    if (d.get(field) instanceof List<?> rows) {
                        d.put(field, rows.stream().map(String::valueOf).sorted().toList());
                    }
                }
            }
            byId.put(d.get("_id"), d);
        });
        return byId;
    }

    @AfterAll
    static void close() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aMonthOfTheCountyAtTheSizeTheDomainDescribesWithEveryCommandAcceptedByTheRules() {
        assertThat(result.refused()).as("commands refused by the aggregates' rules").isZero();
        // about 6,400 referrals a year (a third of them police domestic-abuse notifications) and 2,000
        // missing episodes of 700 children: per 35 days about 610, 230, 190 and 67
        assertThat(result.referrals()).isBetween(450, 750);
        assertThat(result.domesticAbuseNotifications()).isBetween(result.referrals() / 4, result.referrals() / 2);
        assertThat(result.missingEpisodes()).isBetween(100, 300);
        assertThat(result.missingChildren()).isBetween(50, 90);
        assertThat(app.getBean(CountyStore.class).eventCount()).isGreaterThan(result.commands());
    }

    @Test
    void thePanelMeetsMonthlyAndTheChairRecordsEachYoungPersonOnTheAgenda() throws Exception {
        MongoTemplate mongo = app.getBean(MongoTemplate.class);
        long casesOpened = app.getBean(CountyStore.class).panelCasesOpened();
        long discussions = mongo.getCollection(CountyStore.EVENTS).countDocuments(new Document("payloadType",
                org.convene.coordination.panel.api.YoungPersonDiscussedAtPanelEvent.class.getName()));
        // about 150 young people a year come to the panel: a dozen in five weeks, through the triggers
        // (screening decisions, missing flags) and direct referrals
        assertThat(casesOpened).isBetween(4L, 40L);
        assertThat(result.panelMeetings()).isBetween(1, 2);
        assertThat(result.panelDiscussions()).isPositive();
        assertThat(discussions).isEqualTo(result.panelDiscussions());

        List<PanelMeetingSummary> meetings = app.getBean(CountyUsers.class).as("panel.chair",
                () -> app.getBean(QueryGateway.class).query(new FindPanelMeetingsQuery(),
                        ResponseTypes.multipleInstancesOf(PanelMeetingSummary.class)).join());
        assertThat(meetings).isNotEmpty();
    }

    @Test
    void theReadModelsHoldTheCountyAndARebuildGivesTheSame() throws Exception {
        QueryGateway queries = app.getBean(QueryGateway.class);
        List<ReferralSummary> latest = app.getBean(CountyUsers.class).as("mash.chair", () -> queries.query(
                new FindRecentReferralsQuery(50), ResponseTypes.multipleInstancesOf(ReferralSummary.class)).join());
        assertThat(latest).hasSize(50);
        assertThat(latest.get(0).receivedAt()).isBefore(end);

        MongoTemplate mongo = app.getBean(MongoTemplate.class);
        List<String> rebuilt = List.of("chronologies", "chronology_referrals", "referral_details", "kpi_months");
        java.util.Map<String, java.util.Map<Object, Document>> before = new java.util.HashMap<>();
        for (String collection : rebuilt) {
            before.put(collection, documents(mongo, collection));
        }
        // the live projections mostly handled one event at a time; a rebuild handles batches of 200
        app.getBean(ProjectionRebuilder.class).rebuildTogether(List.of("screening", "chronology", "kpi"),
                java.time.Duration.ofMinutes(10));
        for (String collection : rebuilt) {
            java.util.Map<Object, Document> after = documents(mongo, collection);
            assertThat(before.get(collection)).as(collection).isNotEmpty();
            assertThat(after.keySet()).as(collection + " ids").isEqualTo(before.get(collection).keySet());
            List<String> differing = new ArrayList<>();
            for (Object id : after.keySet()) {
                if (!after.get(id).equals(before.get(collection).get(id))) {
                    differing.add(id + ":\n  live    " + before.get(collection).get(id).toJson()
                            + "\n  rebuilt " + after.get(id).toJson());
                }
            }
            assertThat(differing).as(collection + ": documents that differ after the rebuild").isEmpty();
        }
    }
}
