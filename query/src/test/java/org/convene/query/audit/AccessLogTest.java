package org.convene.query.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.query.testsupport.ScreeningEvents.child;
import static org.convene.query.testsupport.ScreeningEvents.merged;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.convene.query.audit.api.AccessPurpose;
import org.convene.query.audit.api.AccessedRecord;
import org.convene.query.audit.api.FindChildAccessLogQuery;
import org.convene.query.audit.api.RecordAccess;
import org.convene.query.child.ChildRecordsFixture;
import org.convene.query.testsupport.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccessLogTest {

    private final EmbeddedMongo store = new EmbeddedMongo();
    private final ChildRecordsFixture children = new ChildRecordsFixture(store.template());
    private final AccessLog log = new AccessLog(store.template(), children.directory());

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void eachOpeningIsOneEntryWithWhoWhenAndWhy() {
        Instant before = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        log.opened("c1", AccessPurpose.PANEL, AccessedRecord.CHRONOLOGY, "panel.chair", "northshire-csc");
        List<RecordAccess> entries = log.handle(new FindChildAccessLogQuery("c1"));
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.userId()).isEqualTo("panel.chair");
            assertThat(e.agencyId()).isEqualTo("northshire-csc");
            assertThat(e.purpose()).isEqualTo(AccessPurpose.PANEL);
            assertThat(e.record()).isEqualTo(AccessedRecord.CHRONOLOGY);
            assertThat(e.openedAt()).isAfterOrEqualTo(before);
        });

        log.opened("c1", AccessPurpose.SCREENING, AccessedRecord.MISSING_HISTORY, "police.screener", "northshire-police");
        assertThat(log.handle(new FindChildAccessLogQuery("c1"))).extracting(RecordAccess::userId)
                .containsExactly("police.screener", "panel.chair"); // newest first
        assertThat(log.handle(new FindChildAccessLogQuery("c2"))).isEmpty();
    }

    @Test
    void anOpeningWithoutAPurposeOrUserIsRefusedAndNotLogged() {
        assertThatThrownBy(() -> log.opened("c1", null, AccessedRecord.CHRONOLOGY, "u", "a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("why");
        assertThatThrownBy(() -> log.opened("c1", AccessPurpose.PANEL, AccessedRecord.CHRONOLOGY, null, "a"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(log.handle(new FindChildAccessLogQuery("c1"))).isEmpty();
    }

    @Test
    void concurrentOpeningsAreAllKept() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 40; i++) {
            int n = i;
            pool.submit(() -> log.opened("c1", AccessPurpose.CASE_REVIEW, AccessedRecord.CHRONOLOGY, "user" + n, "a"));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(log.handle(new FindChildAccessLogQuery("c1"))).hasSize(40);
    }

    @Test
    void theSurvivingRecordShowsWhoOpenedTheDuplicateToo() {
        children.on(child("c1", "Sam Example", LocalDate.of(2015, 1, 2)));
        children.on(child("c2", "Sam Exampel", LocalDate.of(2015, 1, 2)));
        log.opened("c2", AccessPurpose.SCREENING, AccessedRecord.CHRONOLOGY, "health.screener", "northshire-health");
        children.on(merged("c2", "c1", Instant.parse("2026-03-10T10:00:00Z")));
        log.opened("c1", AccessPurpose.RECORD_MAINTENANCE, AccessedRecord.CHRONOLOGY, "admin", "partnership");

        assertThat(log.handle(new FindChildAccessLogQuery("c1"))).extracting(RecordAccess::userId)
                .containsExactlyInAnyOrder("admin", "health.screener");
    }

    @Test
    void eachOpeningIsItsOwnDocumentIndexedByChildUserAndTime() {
        for (int i = 0; i < 3; i++) {
            log.opened("c1", AccessPurpose.PANEL, AccessedRecord.CHRONOLOGY, "panel.chair", "northshire-csc");
        }
        var collection = store.template().getCollection("access_log");
        assertThat(collection.countDocuments()).isEqualTo(3);
        assertThat(collection.find()).allSatisfy(d -> {
            assertThat(d.getString("childId")).isEqualTo("c1");
            assertThat(d.getString("userId")).isEqualTo("panel.chair");
            assertThat(d.get("openedAt")).isInstanceOf(java.util.Date.class);
            assertThat(d).doesNotContainKey("entries");
        });
        List<String> indexed = new java.util.ArrayList<>();
        collection.listIndexes().forEach(i -> indexed.add(((org.bson.Document) i.get("key")).keySet().toString()));
        assertThat(indexed).contains("[childId, openedAt]", "[userId, openedAt]", "[openedAt]");
    }

    @Test
    void aLogKeptPerChildByAnEarlierVersionBecomesOneDocumentPerAccessOnStart() {
        var collection = store.template().getCollection("access_log");
        // a store of the earlier version: its log was never migrated
        store.template().getCollection(AccessLog.MIGRATIONS).deleteMany(new org.bson.Document());
        collection.insertOne(new org.bson.Document("_id", "c9").append("entries", List.of(
                new org.bson.Document("accessId", "a1").append("childId", "c9")
                        .append("openedAt", java.util.Date.from(Instant.parse("2026-01-05T09:00:00Z")))
                        .append("userId", "mash.chair").append("agencyId", "northshire-csc")
                        .append("purpose", "SCREENING").append("record", "CHRONOLOGY"),
                new org.bson.Document("accessId", "a2").append("childId", "c9")
                        .append("openedAt", java.util.Date.from(Instant.parse("2026-01-06T09:00:00Z")))
                        .append("userId", "admin").append("agencyId", "partnership")
                        .append("purpose", "RECORD_MAINTENANCE").append("record", "CHILD_RECORD"))));

        AccessLog started = new AccessLog(store.template(), children.directory());
        assertThat(collection.countDocuments(new org.bson.Document("entries", new org.bson.Document("$exists", true))))
                .isZero();
        assertThat(started.handle(new FindChildAccessLogQuery("c9")))
                .extracting(RecordAccess::accessId, RecordAccess::userId, RecordAccess::purpose)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a2", "admin", AccessPurpose.RECORD_MAINTENANCE),
                        org.assertj.core.groups.Tuple.tuple("a1", "mash.chair", AccessPurpose.SCREENING));
        // started again (e.g. after a crash half-way, before it was marked done): nothing twice
        store.template().getCollection(AccessLog.MIGRATIONS).deleteMany(new org.bson.Document());
        new AccessLog(store.template(), children.directory());
        assertThat(collection.countDocuments()).isEqualTo(2);
    }

    @Test
    void theMigrationRunsOnceAndThenStartsReadNothingOfTheLog() {
        assertThat(store.template().getCollection(AccessLog.MIGRATIONS)
                .countDocuments(new org.bson.Document("_id", AccessLog.ONE_DOCUMENT_PER_ACCESS))).isEqualTo(1);
        // a per-child document appearing after the migration is not looked for again at the next start
        var collection = store.template().getCollection("access_log");
        collection.insertOne(new org.bson.Document("_id", "c8").append("entries", List.of()));
        new AccessLog(store.template(), children.directory());
        assertThat(collection.countDocuments(new org.bson.Document("_id", "c8"))).isEqualTo(1);
    }
}
