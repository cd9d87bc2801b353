package org.convene.infra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoClientException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

/**
 * What the embedded store (mongo-java-server 1.47, H2 backend) does and does not do, pinned down so
 * that docs/decisions/0002-storage-wiring.md stays true: if an upgrade changes any of this, this
 * test fails and the decision record must be revisited.
 */
class EmbeddedStoreCapabilitiesTest {

    @TempDir
    Path dataDir;

    private EmbeddedMongoStore store;
    private MongoClient client;
    private MongoCollection<Document> collection;

    @BeforeEach
    void start() {
        store = EmbeddedMongoStore.start(dataDir);
        client = MongoClients.create(store.connectionString());
        collection = client.getDatabase("capabilities").getCollection("things");
    }

    @AfterEach
    void stop() {
        client.close();
        store.close();
    }

    @Test
    void enforcesUniqueIndexes() {
        collection.createIndex(Indexes.ascending("a", "b"), new IndexOptions().unique(true));
        collection.insertOne(new Document("a", 1).append("b", 1));
        assertThatThrownBy(() -> collection.insertOne(new Document("a", 1).append("b", 1)))
                .isInstanceOf(MongoWriteException.class)
                .hasMessageContaining("duplicate key");
    }

    @Test
    void hasNoSessionsAndSoNoTransactions() {
        try (ClientSession session = client.startSession()) {
            session.startTransaction();
            assertThatThrownBy(() -> collection.insertOne(session, new Document("_id", "in-transaction")))
                    .isInstanceOf(MongoClientException.class)
                    .hasMessageContaining("doesn't support sessions");
        }
        assertThat(collection.countDocuments()).isZero();
    }

    @Test
    void answersTheHelloHandshakeUsedByHealthChecks() {
        Document hello = client.getDatabase("admin").runCommand(new Document("hello", 1));
        assertThat(hello.get("ok")).isIn(1, 1.0);
        assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
    }
}
