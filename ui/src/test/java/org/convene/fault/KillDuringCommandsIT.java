package org.convene.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.convene.infra.projection.ProjectionRebuilder;
import org.convene.testsupport.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The application process killed ({@code kill -9}) in the middle of a stream of REST commands: after
 * a restart on the same data directory every acknowledged command's event is in the event store, every
 * child record that was answered has its access log entry, the projections catch up, and every read
 * model equals a rebuild of it from the event store.
 */
class KillDuringCommandsIT {

    /** Stores that are not read models; child_identities is the write side's index, written before the event (decision 0024). */
    private static final Set<String> NOT_READ_MODELS = Set.of("domainevents", "snapshotevents", "trackingtokens",
            "sagas", "deadlines", "dead_deadlines", "users", "agencies", "access_log", "schema_migrations",
            "child_identities");

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void acknowledgedCommandsSurviveAKillAndReadModelsEqualARebuild() throws Exception {
        ChildApplication app = ChildApplication.start(dataDir, dataDir.resolve("killed-app.log"), List.of(), List.of());
        List<String> acknowledgedChildren = new CopyOnWriteArrayList<>();
        List<String> acknowledgedReferrals = new CopyOnWriteArrayList<>();
        Map<String, Integer> answeredReads = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.CountDownLatch readBeforeKill = new java.util.concurrent.CountDownLatch(1);
        try {
            app.awaitHealthy(Duration.ofMinutes(3));
            AtomicBoolean killed = new AtomicBoolean();
            Thread stream = new Thread(() -> {
                int n = 0;
                while (!killed.get()) {
                    try {
                        HttpResponse<String> child = app.post("/api/children", """
                                {"fullName":"Kieran Stream%d","dateOfBirth":"2015-03-0%d","sexCode":"1"}
                                """.formatted(n, 1 + n % 9));
                        if (child.statusCode() != 201) {
                            continue;
                        }
                        String childId = JSON.readTree(child.body()).get("childId").asText();
                        acknowledgedChildren.add(childId);
                        String referralId = UUID.randomUUID().toString();
                        HttpResponse<String> referral = app.post("/api/referrals", """
                                {"referralId":"%s","receivedAt":"%s","sourceCode":"6",
                                 "type":"POLICE_DOMESTIC_ABUSE_NOTIFICATION","childIds":["%s"],
                                 "adults":[{"name":"Dana Stream","role":"VICTIM"}],"concernCodes":["3A"],
                                 "dashLevel":"STANDARD","narrative":"Fictitious.","urgent":false}
                                """.formatted(referralId, Instant.now().minus(1, ChronoUnit.HOURS), childId));
                        if (referral.statusCode() == 201) {
                            acknowledgedReferrals.add(referralId);
                        }
                        if (acknowledgedChildren.size() > 3) {
                            // a child registered a few steps ago (projected by now, or answered 404)
                            String readId = acknowledgedChildren.get(acknowledgedChildren.size() - 3);
                            if (app.get("/api/children/" + readId + "?purpose=SCREENING").statusCode() == 200) {
                                answeredReads.merge(readId, 1, Integer::sum);
                                if (acknowledgedReferrals.size() >= 15) {
                                    // the last thing before the kill is a record shown: its log entry
                                    // must already be on disk, not only the events before it
                                    readBeforeKill.countDown();
                                    return;
                                }
                            }
                        }
                        n++;
                    } catch (Exception e) {
                        // the process was killed while this request was in flight: not acknowledged
                    }
                }
            });
            stream.start();
            assertThat(readBeforeKill.await(3, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
            app.kill();
            killed.set(true);
            stream.join();
        } finally {
            app.kill();
        }
        assertThat(acknowledgedReferrals).hasSizeGreaterThanOrEqualTo(15);
        assertThat(answeredReads).isNotEmpty();

        ChildApplication.restartedHere(dataDir, List.of(), restarted -> {
            EventStore events = restarted.getBean(EventStore.class);
            for (String id : acknowledgedChildren) {
                assertThat(events.readEvents(id).asStream().count()).as("events of child %s", id).isEqualTo(1);
            }
            for (String id : acknowledgedReferrals) {
                assertThat(events.readEvents(id).asStream().count()).as("events of referral %s", id).isEqualTo(1);
            }
            MongoTemplate store = restarted.getBean(MongoTemplate.class);
            answeredReads.forEach((childId, reads) -> assertThat(store.getCollection("access_log")
                    .countDocuments(new Document("childId", childId)))
                    .as("access log entries of child %s, whose record was answered %d times", childId, reads)
                    .isGreaterThanOrEqualTo(reads));
            EventProcessingConfiguration processing = restarted.getBean(EventProcessingConfiguration.class);
            MongoTemplate mongo = restarted.getBean(MongoTemplate.class);
            Document newest = mongo.getCollection("domainevents").find()
                    .sort(new Document("timestamp", -1).append("sequenceNumber", -1)).limit(1).first();
            Instant newestAt = Instant.parse(newest.getString("timestamp"));
            for (var processor : processing.eventProcessors().values()) {
                if (processor instanceof TrackingEventProcessor tracking) {
                    Eventually.await(() -> ProjectionRebuilder.hasHandled(tracking, newestAt,
                            newest.getString("eventIdentifier")), ok -> ok, Duration.ofMinutes(3));
                }
            }
            Map<String, Map<String, Document>> afterRestart = readModels(mongo);
            assertThat(afterRestart.get("referral_details")).hasSizeGreaterThanOrEqualTo(acknowledgedReferrals.size());

            ProjectionRebuilder rebuilder = restarted.getBean(ProjectionRebuilder.class);
            for (String projection : rebuilder.projections()) {
                rebuilder.rebuild(projection, Duration.ofMinutes(5));
            }
            Map<String, Map<String, Document>> rebuilt = readModels(mongo);
            assertThat(afterRestart.keySet()).isEqualTo(rebuilt.keySet());
            for (String collection : rebuilt.keySet()) {
                assertThat(afterRestart.get(collection)).as("read model %s after the kill and restart", collection)
                        .isEqualTo(rebuilt.get(collection));
            }
        });
    }

    /** Every read-model collection, as _id to document. */
    private static Map<String, Map<String, Document>> readModels(MongoTemplate mongo) {
        Map<String, Map<String, Document>> models = new TreeMap<>();
        for (String name : mongo.getCollectionNames()) {
            if (NOT_READ_MODELS.contains(name) || name.startsWith("system.")) {
                continue;
            }
            Map<String, Document> documents = new TreeMap<>();
            for (Document d : mongo.getCollection(name).find()) {
                documents.put(String.valueOf(d.get("_id")), d);
            }
            models.put(name, documents);
        }
        return models;
    }
}
