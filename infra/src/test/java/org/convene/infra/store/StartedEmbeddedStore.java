package org.convene.infra.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * For tests: before each test, the embedded store started on a fresh data directory of its own,
 * with a client connected to it; after it, both closed and the directory deleted. Declare it
 * {@code @RegisterExtension final StartedEmbeddedStore embedded = new StartedEmbeddedStore();}.
 */
public final class StartedEmbeddedStore implements BeforeEachCallback, AfterEachCallback {

    private Path dataDir;
    private EmbeddedMongoStore store;
    private MongoClient client;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("convene-embedded-store");
        start();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            stop();
        } finally {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(StartedEmbeddedStore::delete);
            }
        }
    }

    /** Stops the store and starts it again on the same data directory, with a new client. */
    public void restart() {
        stop();
        start();
    }

    public MongoClient client() {
        return client;
    }

    public EmbeddedMongoStore store() {
        return store;
    }

    private void start() {
        store = EmbeddedMongoStore.start(dataDir);
        client = MongoClients.create(store.connectionString());
    }

    private void stop() {
        client.close();
        store.close();
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
