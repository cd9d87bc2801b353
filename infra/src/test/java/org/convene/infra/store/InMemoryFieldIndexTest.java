package org.convene.infra.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

/**
 * The embedded store's in-memory field indexes answer exactly as a full scan does: the same
 * documents in the same order for equality, ranges, sorted and limited queries, after updates and
 * deletes, and after the store is closed and opened again (the index is rebuilt from the file).
 */
class InMemoryFieldIndexTest {

    @RegisterExtension
    final StartedEmbeddedStore embedded = new StartedEmbeddedStore();

    private MongoCollection<Document> collection(String name) {
        return embedded.client().getDatabase("t").getCollection(name);
    }

    @Test
    void indexedQueriesAnswerAsAScanDoes() {
        MongoCollection<Document> indexed = collection("indexed");
        MongoCollection<Document> plain = collection("plain");
        indexed.createIndex(Indexes.ascending("ts", "seq"));
        indexed.createIndex(Indexes.ascending("agg", "seq"), new IndexOptions().unique(true));
        Random random = new Random(7);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            Document d = new Document("_id", "d" + i).append("agg", "a" + random.nextInt(40)).append("seq", i);
            int kind = random.nextInt(20);
            if (kind == 0) {
                d.append("ts", null);
            } else if (kind == 1) {
                d.append("ts", List.of("2026-01-01", "2026-06-01"));
            } else if (kind != 2) {
                d.append("ts", "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
            }
            documents.add(d);
        }
        writeToBoth(indexed, plain, documents, 50, "ts", () -> "2026-05-15", random);
        assertSameAnswers(indexed, plain);
        embedded.restart();
        assertSameAnswers(collection("indexed"), collection("plain"));
    }

    /** The same documents into both collections, then the same {@code changes} updates of the field and deletes. */
    private static void writeToBoth(MongoCollection<Document> indexed, MongoCollection<Document> plain,
                                    List<Document> documents, int changes, String field,
                                    java.util.function.Supplier<Object> newValue, Random random) {
        indexed.insertMany(documents.stream().map(Document::new).toList());
        plain.insertMany(documents.stream().map(Document::new).toList());
        for (int i = 0; i < changes; i++) {
            Object id = documents.get(random.nextInt(documents.size())).get("_id");
            Object value = newValue.get();
            indexed.updateOne(Filters.eq("_id", id), Updates.set(field, value));
            plain.updateOne(Filters.eq("_id", id), Updates.set(field, value));
            Object gone = documents.get(random.nextInt(documents.size())).get("_id");
            indexed.deleteOne(Filters.eq("_id", gone));
            plain.deleteOne(Filters.eq("_id", gone));
        }
    }

    private static void assertSameAnswers(MongoCollection<Document> indexed, MongoCollection<Document> plain) {
        Bson byTime = Sorts.ascending("ts", "seq");
        List<Bson> filters = List.of(new Document(), Filters.nin("_id", List.of("d4", "d5")),
                Filters.eq("ts", "2026-05-15"), Filters.eq("ts", "2026-06-01"), Filters.gte("ts", "2026-04-13"),
                Filters.and(Filters.gt("ts", "2026-02-10"), Filters.lt("ts", "2026-07-19")),
                Filters.lte("ts", "2026-03-11"), Filters.eq("agg", "a7"),
                Filters.and(Filters.eq("agg", "a3"), Filters.gte("seq", 100)),
                Filters.and(Filters.gte("ts", "2026-03-00"), Filters.nin("_id", List.of("d1", "d2", "d3"))),
                // Axon's MongoDB extension writes explicit top-level $and queries
                new Document("$and", List.of(new Document("ts", new Document("$gte", "2026-03-00")),
                        new Document("_id", new Document("$nin", List.of("d1", "d2", "d3"))))),
                new Document("$and", List.of(new Document("agg", "a3"), new Document("seq", new Document("$gte", 100)))),
                new Document("$and", List.of(new Document("ts", new Document("$gte", "2026-02-00")),
                        new Document("ts", new Document("$lt", "2026-06-00")))));
        Bson newestFirst = Sorts.descending("ts", "seq");
        for (Bson filter : filters) {
            for (int limit : new int[] {0, 1, 5, 37}) {
                assertThat(ids(indexed.find(filter).sort(byTime).limit(limit)))
                        .as("%s limit %d", filter, limit)
                        .containsExactlyElementsOf(ids(plain.find(filter).sort(byTime).limit(limit)));
                assertThat(ids(indexed.find(filter).sort(newestFirst).limit(limit)))
                        .as("%s newest first, limit %d", filter, limit)
                        .containsExactlyElementsOf(ids(plain.find(filter).sort(newestFirst).limit(limit)));
                assertThat(ids(indexed.find(filter).sort(newestFirst).skip(3).limit(limit)))
                        .as("%s newest first, skip 3, limit %d", filter, limit)
                        .containsExactlyElementsOf(ids(plain.find(filter).sort(newestFirst).skip(3).limit(limit)));
            }
            assertThat(ids(indexed.find(filter).sort(Sorts.descending("seq"))))
                    .containsExactlyElementsOf(ids(plain.find(filter).sort(Sorts.descending("seq"))));
        }
    }

    private static List<Object> ids(Iterable<Document> documents) {
        List<Object> ids = new ArrayList<>();
        documents.forEach(d -> ids.add(d.get("_id")));
        return ids;
    }

    @Test
    void anAndOfClausesExposesItsFieldConditionsToTheIndexes() {
        de.bwaldvogel.mongo.bson.Document poll = new de.bwaldvogel.mongo.bson.Document("$and", List.of(
                new de.bwaldvogel.mongo.bson.Document("timestamp",
                        new de.bwaldvogel.mongo.bson.Document("$gte", "2026-11-23T07:00:00Z")),
                new de.bwaldvogel.mongo.bson.Document("eventIdentifier",
                        new de.bwaldvogel.mongo.bson.Document("$nin", List.of("e1")))));
        de.bwaldvogel.mongo.bson.Document fields = IndexedH2Collection.indexQuery(poll);
        assertThat(fields.keySet()).containsExactly("timestamp", "eventIdentifier");
        assertThat(new InMemoryFieldIndex("ts", List.of(new de.bwaldvogel.mongo.backend.IndexKey("timestamp", true)))
                .canHandle(fields)).isTrue();

        de.bwaldvogel.mongo.bson.Document plain = new de.bwaldvogel.mongo.bson.Document("aggregateIdentifier", "a1");
        assertThat(IndexedH2Collection.indexQuery(plain)).isSameAs(plain);
    }

    @Test
    void arraysAreFoundByTheirElementsAsAScanFindsThem() {
        MongoCollection<Document> indexed = collection("sagas");
        MongoCollection<Document> plain = collection("plain");
        indexed.createIndex(Indexes.ascending("associations"));
        indexed.createIndex(Indexes.ascending("labels"));
        Random random = new Random(11);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            documents.add(new Document("_id", "s" + i).append("sagaType", "T" + random.nextInt(2))
                    .append("associations", associations(random)).append("labels", labels(random)));
        }
        writeToBoth(indexed, plain, documents, 60, "associations", () -> associations(random), random);
        assertSameElementAnswers(indexed, plain);
        embedded.restart();
        assertSameElementAnswers(collection("sagas"), collection("plain"));
    }

    /** Mostly arrays of {key, value} documents, as the saga store writes them; some odd shapes. */
    private static Object associations(Random random) {
        int kind = random.nextInt(25);
        if (kind == 0) {
            return null;
        }
        if (kind == 1) {
            return association("childId", "c" + random.nextInt(30));   // a document, not an array
        }
        if (kind == 2) {
            return List.of(List.of(association("childId", "c" + random.nextInt(30))));   // an array of arrays
        }
        if (kind == 3) {
            return new Document("value", "c" + random.nextInt(30)).append("key", "childId");   // fields swapped
        }
        List<Document> list = new ArrayList<>();
        list.add(association("childId", "c" + random.nextInt(30)));
        for (int i = random.nextInt(3); i > 0; i--) {
            list.add(association("episodeId", "e" + random.nextInt(200)));
        }
        return list;
    }

    private static Document association(String key, String value) {
        return new Document("key", key).append("value", value);
    }

    private static Object labels(Random random) {
        return random.nextInt(10) == 0 ? "solo" : List.of("l" + random.nextInt(8), "l" + random.nextInt(8));
    }

    private static void assertSameElementAnswers(MongoCollection<Document> indexed, MongoCollection<Document> plain) {
        List<Bson> filters = new ArrayList<>();
        for (int c = 0; c < 30; c += 3) {
            filters.add(Filters.eq("associations", association("childId", "c" + c)));
            filters.add(Filters.and(Filters.eq("sagaType", "T1"), Filters.eq("associations", association("childId", "c" + c))));
            filters.add(new Document("associations", new Document("value", "c" + c).append("key", "childId")));
        }
        filters.add(Filters.eq("associations", association("episodeId", "e17")));
        filters.add(Filters.eq("labels", "l3"));
        filters.add(Filters.eq("labels", "solo"));
        filters.add(new Document("labels", new Document("$eq", "l5")));
        filters.add(Filters.gte("labels", "l6"));
        filters.add(Filters.and(Filters.gt("labels", "l2"), Filters.lt("labels", "l4")));
        for (Bson filter : filters) {
            assertThat(ids(indexed.find(filter).sort(Sorts.ascending("_id"))))
                    .as("%s", filter)
                    .containsExactlyElementsOf(ids(plain.find(filter).sort(Sorts.ascending("_id"))));
        }
        assertThat(ids(indexed.find(Filters.eq("associations", association("childId", "c3")))))
                .as("the query finds something, so the comparison above means something").isNotEmpty();
    }

    @Test
    void anEqualityQueryOnAnArrayFieldReadsOnlyTheArraysHoldingTheValue() {
        InMemoryFieldIndex index = new InMemoryFieldIndex("associations",
                List.of(new de.bwaldvogel.mongo.backend.IndexKey("associations", true)));
        for (int i = 0; i < 100; i++) {
            index.add(new de.bwaldvogel.mongo.bson.Document("_id", "s" + i).append("associations", List.of(
                    bwAssociation("childId", "c" + (i % 10)), bwAssociation("episodeId", "e" + i))), "s" + i, null);
        }
        index.add(new de.bwaldvogel.mongo.bson.Document("_id", "none"), "none", null);

        de.bwaldvogel.mongo.bson.Document query = new de.bwaldvogel.mongo.bson.Document("associations",
                bwAssociation("childId", "c4"));
        assertThat(index.canHandle(query)).isTrue();
        assertThat(index.getPositions(query)).containsExactlyInAnyOrder("none", "s4", "s14", "s24", "s34", "s44",
                "s54", "s64", "s74", "s84", "s94");
        de.bwaldvogel.mongo.bson.Document swapped = new de.bwaldvogel.mongo.bson.Document("associations",
                new de.bwaldvogel.mongo.bson.Document("value", "e7").append("key", "episodeId"));
        assertThat(index.getPositions(swapped)).containsExactlyInAnyOrder("none", "s7");

        index.remove(new de.bwaldvogel.mongo.bson.Document("_id", "s14"));
        assertThat(index.getPositions(query)).doesNotContain("s14").hasSize(10);
        de.bwaldvogel.mongo.bson.Document range = new de.bwaldvogel.mongo.bson.Document("associations",
                new de.bwaldvogel.mongo.bson.Document("$gte", "a"));
        assertThat(index.getPositions(range)).as("a range over arrays reads every array").hasSize(100);
    }

    private static de.bwaldvogel.mongo.bson.Document bwAssociation(String key, String value) {
        return new de.bwaldvogel.mongo.bson.Document("key", key).append("value", value);
    }

    @Test
    void theNewestFewAreReadFromTheIndexInOrderNotFromEveryDocument() {
        InMemoryFieldIndex index = new InMemoryFieldIndex("receivedAt",
                List.of(new de.bwaldvogel.mongo.backend.IndexKey("receivedAt", false)));
        for (int i = 0; i < 1000; i++) {
            index.add(new de.bwaldvogel.mongo.bson.Document("_id", i).append("receivedAt", 100_000 + i), i, null);
        }
        index.add(new de.bwaldvogel.mongo.bson.Document("_id", "undated"), "undated", null);

        assertThat(index.positionsInOrder(false, 3, position -> true)).containsExactly("undated", 999, 998, 997);
        assertThat(index.positionsInOrder(true, 2, position -> true)).containsExactly("undated", 0, 1);
        assertThat(index.positionsInOrder(false, 2, position -> !position.equals(998)))
                .as("reads on until enough candidates match").containsExactly("undated", 999, 998, 997);
    }
}
