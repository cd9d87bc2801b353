package org.convene.infra.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/** The store contract on the embedded default: mongo-java-server with its H2 file backend. */
class EmbeddedStoreContractTest extends EventStoreContract {

    @TempDir
    Path dataDir;

    private EmbeddedMongoStore store;
    private MongoClient client;

    @BeforeEach
    void startEmbeddedStore() {
        store = EmbeddedMongoStore.start(dataDir);
        client = MongoClients.create(store.connectionString());
    }

    @AfterEach
    void stopEmbeddedStore() {
        client.close();
        store.close();
    }

    @Override
    protected MongoClient client() {
        return client;
    }

    @Test
    void keepsEventsInItsFileAcrossARestart() {
        MongoEventStorageEngine engine = engine();
        engine.appendEvents(event("a-1", 0, "before restart"));
        stopEmbeddedStore();

        startEmbeddedStore();
        MongoEventStorageEngine reopened = engine();
        assertThat(texts(reopened, "a-1")).containsExactly("before restart");
        reopened.appendEvents(event("a-1", 1, "after restart"));
        assertThat(texts(reopened, "a-1")).containsExactly("before restart", "after restart");
        assertThat(store.file()).exists();
    }
}
