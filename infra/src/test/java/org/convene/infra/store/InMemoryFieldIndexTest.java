package org.convene.infra.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
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

    @TempDir
    Path dataDir;

    @Test
    void indexedQueriesAnswerAsAScanDoes() {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.start(dataDir);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> indexed = client.getDatabase("t").getCollection("indexed");
            MongoCollection<Document> plain = client.getDatabase("t").getCollection("plain");
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
            indexed.insertMany(documents.stream().map(Document::new).toList());
            plain.insertMany(documents.stream().map(Document::new).toList());
            for (int i = 0; i < 50; i++) {
                String id = "d" + random.nextInt(600);
                indexed.updateOne(Filters.eq("_id", id), Updates.set("ts", "2026-05-15"));
                plain.updateOne(Filters.eq("_id", id), Updates.set("ts", "2026-05-15"));
                String gone = "d" + random.nextInt(600);
                indexed.deleteOne(Filters.eq("_id", gone));
                plain.deleteOne(Filters.eq("_id", gone));
            }
            assertSameAnswers(indexed, plain);
        }
        try (EmbeddedMongoStore store = EmbeddedMongoStore.start(dataDir);
             MongoClient client = MongoClients.create(store.connectionString())) {
            assertSameAnswers(client.getDatabase("t").getCollection("indexed"),
                    client.getDatabase("t").getCollection("plain"));
        }
    }

    private static void assertSameAnswers(MongoCollection<Document> indexed, MongoCollection<Document> plain) {
        Bson byTime = Sorts.ascending("ts", "seq");
        List<Bson> filters = List.of(Filters.eq("ts", "2026-05-15"), Filters.gte("ts", "2026-04-13"),
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
        for (Bson filter : filters) {
            for (int limit : new int[] {0, 1, 5, 37}) {
                assertThat(ids(indexed.find(filter).sort(byTime).limit(limit)))
                        .as("%s limit %d", filter, limit)
                        .containsExactlyElementsOf(ids(plain.find(filter).sort(byTime).limit(limit)));
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
}
