package org.convene.infra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.mongodb.MongoClientException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

/**
 * What the embedded store (mongo-java-server 1.47, H2 backend) does and does not do, pinned down so
 * that docs/decisions/0002-storage-wiring.md stays true: if an upgrade changes any of this, this
 * test fails and the decision record must be revisited.
 */
class EmbeddedStoreCapabilitiesTest {

    @RegisterExtension
    final StartedEmbeddedStore embedded = new StartedEmbeddedStore();
    private MongoCollection<Document> collection;

    @BeforeEach
    void aCollection() {
        collection = embedded.client().getDatabase("capabilities").getCollection("things");
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
        try (ClientSession session = embedded.client().startSession()) {
            session.startTransaction();
            assertThatThrownBy(() -> collection.insertOne(session, new Document("_id", "in-transaction")))
                    .isInstanceOf(MongoClientException.class)
                    .hasMessageContaining("doesn't support sessions");
        }
        assertThat(collection.countDocuments()).isZero();
    }

    @Test
    void answersTheHelloHandshakeUsedByHealthChecks() {
        Document hello = embedded.client().getDatabase("admin").runCommand(new Document("hello", 1));
        assertThat(hello.get("ok")).isIn(1, 1.0);
        assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
    }
}
