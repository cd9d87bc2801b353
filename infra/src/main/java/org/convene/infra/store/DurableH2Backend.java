package org.convene.infra.store;

import java.util.Set;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.bson.Document;

import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import io.netty.channel.Channel;

/**
 * The H2 (MVStore) backend of mongo-java-server, made durable per write: the stock backend commits
 * its MVStore in the background about once a second, so a killed process could lose writes that
 * were already acknowledged to the client. Here every write of an acknowledged record (an event, a
 * user account) and every change of collections or indexes commits before it is answered; other
 * writes ride on the next commit (see {@link #isAcknowledgedRecord}).
 * Its databases keep the non-unique indexes in memory ({@link IndexedH2Database}). It also answers the {@code hello} handshake that current drivers and Spring Boot's health check
 * send, the same way the server answers {@code isMaster}.
 */
class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITE_COMMANDS = Set.of(
            "insert", "update", "delete", "findandmodify", "createindexes", "create", "drop",
            "dropindexes", "renamecollection");
    private static final Set<String> DATA_COMMANDS = Set.of("insert", "update", "delete", "findandmodify");
    /** Collections whose writes are acknowledged records (see {@link #isAcknowledgedRecord}). */
    static final Set<String> ACKNOWLEDGED_COLLECTIONS = Set.of("domainevents", "snapshotevents", "users", "agencies",
            "access_log");

    /**
     * MVStore's page cache, in MB. The stock backend opens the file with MVStore's default of 16 MB;
     * a year of a county is a file of about 550 MB, and every page read past the cache is read from
     * the file and deserialised again, which made each event of a rebuild about twice as costly at a
     * year as at a month. Set with {@code -Dconvene.store.cache-mb=N}.
     */
    static final int CACHE_MB = Integer.getInteger("convene.store.cache-mb", 256);

    DurableH2Backend(String fileName) {
        super(new MVStore.Builder().fileName(fileName).cacheSize(CACHE_MB).open());
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
        String name = command.toLowerCase(java.util.Locale.ROOT);
        if (WRITE_COMMANDS.contains(name) && (!DATA_COMMANDS.contains(name) || isAcknowledgedRecord(query.get(command)))) {
            commit();
        }
        return response;
    }

    /**
     * Whether a write to this collection is something acknowledged to a person or another system
     * (an event, a user account, the access log entry of a record about to be shown), which must be
     * on disk before the answer. Everything else (read
     * models, tracking tokens, sagas, deadlines) is derived from the events and is committed with
     * the next acknowledged write or by the background writer within a second: since every commit
     * stores all writes before it, a killed process leaves a prefix of the writes, and the tracking
     * tokens that are lost with a read model's writes make the processors write them again.
     */
    private static boolean isAcknowledgedRecord(Object collection) {
        return collection instanceof String name && ACKNOWLEDGED_COLLECTIONS.contains(name);
    }
}
