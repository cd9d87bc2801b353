package org.convene.infra.store;

import java.util.Set;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.bson.Document;

import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.netty.channel.Channel;

/**
 * The H2 (MVStore) backend of mongo-java-server, made durable per write: the stock backend commits
 * its MVStore in the background about once a second, so a killed process could lose writes that
 * were already acknowledged to the client. Here every write command commits before it is answered.
 * Its databases keep the non-unique indexes in memory ({@link IndexedH2Database}). It also answers the {@code hello} handshake that current drivers and Spring Boot's health check
 * send, the same way the server answers {@code isMaster}.
 */
class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITE_COMMANDS = Set.of(
            "insert", "update", "delete", "findandmodify", "createindexes", "create", "drop",
            "dropindexes", "renamecollection");

    DurableH2Backend(String fileName) {
        super(fileName);
    }

    /** Databases whose non-unique indexes work (in memory): see {@link IndexedH2Database}. */
    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IndexedH2Database(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if ("hello".equalsIgnoreCase(command)) {
            Document response = super.handleCommand(channel, databaseName, "ismaster", query);
            response.put("isWritablePrimary", Boolean.TRUE);
            Utils.markOkay(response);
            return response;
        }
        Document response = super.handleCommand(channel, databaseName, command, query);
        if (WRITE_COMMANDS.contains(command.toLowerCase(java.util.Locale.ROOT))) {
            commit();
        }
        return response;
    }
}
