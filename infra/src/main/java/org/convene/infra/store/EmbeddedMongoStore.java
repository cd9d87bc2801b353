package org.convene.infra.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoServer;

/**
 * The embedded default store: an in-process MongoDB wire-protocol server (mongo-java-server)
 * whose data lives in one H2 MVStore file under the data directory, bound to loopback only.
 */
public final class EmbeddedMongoStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoStore.class);
    static final String FILE_NAME = "convene-store.mv";

    private final MongoServer server;
    private final InetSocketAddress address;
    private final Path file;

    private EmbeddedMongoStore(MongoServer server, InetSocketAddress address, Path file) {
        this.server = server;
        this.address = address;
        this.file = file;
    }

    public static EmbeddedMongoStore start(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir.toAbsolutePath(), e);
        }
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        MongoServer server = new MongoServer(new DurableH2Backend(file.toString()));
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        log.warn("Using the EMBEDDED store (mongo-java-server with an H2 file, {}), listening on {}. "
                + "It suits a single instance and development; production runs on a MongoDB replica set "
                + "(set CONVENE_MONGODB_URI).", file, address);
        return new EmbeddedMongoStore(server, address, file);
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        log.info("Closing the embedded store {}", file);
        server.shutdown();
    }
}
