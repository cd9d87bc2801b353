package org.convene.infra.store;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;

/**
 * The H2 (MVStore) backend of mongo-java-server, made durable per write and atomic per command.
 *
 * <ul>
 *   <li><b>Only whole commands reach the file</b> (decision 0020). The stock backend lets MVStore
 *   commit on its own, once a second and whenever enough changes wait in memory, whatever a write
 *   command is doing at that moment, so a killed process could leave part of one command (some of
 *   the events of one {@code insert}) on disk. Here MVStore never commits by itself
 *   ({@link ExplicitCommitFileStore}); this backend commits, under a lock that write commands hold
 *   (shared) while they run, so a commit always falls between commands. It commits once a second
 *   and after every acknowledged write.</li>
 *   <li><b>Acknowledged records are on disk before the answer</b> (decision 0014): every write of
 *   an acknowledged record (an event, a user account) and every change of collections or indexes
 *   commits before it is answered; other writes ride on the next commit (see
 *   {@link #isAcknowledgedRecord}).</li>
 *   <li><b>An insert into the event collections is all or nothing</b>: when a document of an
 *   {@code insert} fails (a duplicate event), the documents of that command already inserted are
 *   removed before the answer ({@link IndexedH2Collection#insertDocuments}).</li>
 *   <li><b>A read cannot lose its snapshot</b>: every command registers the MVStore version it
 *   reads for as long as it runs, so the chunks of that version are not freed or reused under a
 *   long read, however many commits and compactions happen meanwhile (the stock backend keeps them
 *   only for MVStore's retention time, 45 s, after which a long read failed with "Chunk … not
 *   found").</li>
 * </ul>
 * Its databases keep the non-unique indexes in memory ({@link IndexedH2Database}). It also answers
 * the {@code hello} handshake that current drivers and Spring Boot's health check send, the same
 * way the server answers {@code isMaster}.
 */
class DurableH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(DurableH2Backend.class);

    /**
     * Commands that only read. Every other command runs under the commit lock (shared among
     * commands), so that no commit sees it half done.
     */
    private static final Set<String> READ_COMMANDS = Set.of(
            "find", "getmore", "count", "distinct", "killcursors", "listcollections", "listindexes",
            "listdatabases", "dbstats", "collstats", "ping", "ismaster", "hello", "buildinfo", "whatsmyuri",
            "serverstatus", "getlasterror", "getlog", "getparameter", "getcmdlineopts", "getfreemonitoringstatus",
            "connectionstatus", "endsessions", "explain", "validate");
    private static final Set<String> WRITE_COMMANDS = Set.of(
            "insert", "update", "delete", "findandmodify", "createindexes", "create", "drop",
            "dropindexes", "renamecollection", "dropdatabase");
    private static final Set<String> DATA_COMMANDS = Set.of("insert", "update", "delete", "findandmodify");
    /** Collections whose writes are acknowledged records (see {@link #isAcknowledgedRecord}). */
    static final Set<String> ACKNOWLEDGED_COLLECTIONS = Set.of("domainevents", "snapshotevents", "users", "agencies",
            "access_log");
    /**
     * Collections where a multi-document {@code insert} is all or nothing: the event store's, where
     * one insert is one command's events.
     */
    static final Set<String> ALL_OR_NOTHING_COLLECTIONS = Set.of("domainevents", "snapshotevents");

    /**
     * MVStore's page cache, in MB. The stock backend opens the file with MVStore's default of 16 MB;
     * a year of a county is a file of about 550 MB, and every page read past the cache is read from
     * the file and deserialised again, which made each event of a rebuild about twice as costly at a
     * year as at a month. Set with {@code -Dconvene.store.cache-mb=N}.
     */
    static final int CACHE_MB = Integer.getInteger("convene.store.cache-mb", 256);

    /** How often the writes that are not acknowledged records are committed, as MVStore's own writer did. */
    static final long COMMIT_EVERY_MS = 1000;
    /** How often sparse chunks are rewritten (MVStore's own writer: every third of its commit delay). */
    private static final long HOUSEKEEPING_EVERY_MS = 250;

    /** Write commands hold it shared while they run; a commit holds it exclusively. */
    private final ReentrantReadWriteLock commitLock = new ReentrantReadWriteLock();
    private final ExplicitCommitFileStore fileStore;
    private final ScheduledExecutorService committer;
    private volatile long lastCommitNanos = System.nanoTime();

    DurableH2Backend(String fileName) {
        this(ExplicitCommitFileStore.open(fileName, CACHE_MB));
    }

    private DurableH2Backend(ExplicitCommitFileStore fileStore) {
        super(new MVStore.Builder().adoptFileStore(fileStore).autoCommitDisabled().open());
        this.fileStore = fileStore;
        this.committer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "convene-store-committer");
            thread.setDaemon(true);
            return thread;
        });
        committer.scheduleWithFixedDelay(this::housekeeping, HOUSEKEEPING_EVERY_MS, HOUSEKEEPING_EVERY_MS,
                TimeUnit.MILLISECONDS);
    }

    /** Databases whose non-unique indexes work (in memory): see {@link IndexedH2Database}. */
    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IndexedH2Database(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        MVStore.TxCounter version = getMvStore().registerVersionUsage();
        try {
            if ("hello".equals(name)) {
                Document response = super.handleCommand(channel, databaseName, "ismaster", query);
                response.put("isWritablePrimary", Boolean.TRUE);
                Utils.markOkay(response);
                return response;
            }
            if (READ_COMMANDS.contains(name) || "aggregate".equals(name) && !writesOutput(query)) {
                return super.handleCommand(channel, databaseName, command, query);
            }
            Document response;
            commitLock.readLock().lock();
            try {
                response = super.handleCommand(channel, databaseName, command, query);
            } finally {
                commitLock.readLock().unlock();
            }
            if ("insert".equals(name) && ALL_OR_NOTHING_COLLECTIONS.contains(String.valueOf(query.get(command)))
                    && response.get("writeErrors") instanceof List<?> errors && !errors.isEmpty()) {
                response.put("n", 0);   // none of the batch was kept (IndexedH2Collection#insertDocuments)
            }
            if (WRITE_COMMANDS.contains(name)
                    && (!DATA_COMMANDS.contains(name) || isAcknowledgedRecord(query.get(command)))) {
                commit();
            }
            return response;
        } finally {
            getMvStore().deregisterVersionUsage(version);
        }
    }

    /** Legacy (OP_QUERY) reads hold their version too. */
    @Override
    public QueryResult handleQuery(MongoQuery query) {
        MVStore.TxCounter version = getMvStore().registerVersionUsage();
        try {
            return super.handleQuery(query);
        } finally {
            getMvStore().deregisterVersionUsage(version);
        }
    }

    /** An aggregation with a {@code $out} or {@code $merge} stage writes a collection. */
    private static boolean writesOutput(Document query) {
        if (query.get("pipeline") instanceof List<?> stages) {
            for (Object stage : stages) {
                if (stage instanceof Document document
                        && (document.containsKey("$out") || document.containsKey("$merge"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Commits everything written so far, between commands: waits for the write commands running
     * now to finish, and holds new ones back until the commit is written.
     */
    @Override
    public void commit() {
        commitLock.writeLock().lock();
        try {
            super.commit();
            lastCommitNanos = System.nanoTime();
        } finally {
            commitLock.writeLock().unlock();
        }
    }

    /**
     * What MVStore's own background writer did, without ever committing a command half done: the
     * once-a-second commit of the writes that are not acknowledged records, and the compaction of
     * the file (rewriting sparse chunks beside the commands; moving chunks, which stores a version,
     * between commands).
     */
    private void housekeeping() {
        try {
            MVStore mvStore = getMvStore();
            if (mvStore.isClosed()) {
                return;
            }
            fileStore.rewriteSparseChunks(mvStore);
            if (System.nanoTime() - lastCommitNanos >= TimeUnit.MILLISECONDS.toNanos(COMMIT_EVERY_MS)) {
                commitLock.writeLock().lock();
                try {
                    if (!mvStore.isClosed()) {
                        super.commit();
                        fileStore.moveChunksIfFragmented(mvStore);
                        lastCommitNanos = System.nanoTime();
                    }
                } finally {
                    commitLock.writeLock().unlock();
                }
            }
        } catch (RuntimeException e) {
            log.error("The embedded store's periodic commit failed; the next one tries again", e);
        }
    }

    /** Stops the periodic commit, then commits and closes the file between commands. */
    @Override
    public void close() {
        committer.shutdown();
        try {
            if (!committer.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("The embedded store's periodic commit did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        commitLock.writeLock().lock();
        try {
            super.close();
        } finally {
            commitLock.writeLock().unlock();
        }
    }

    /**
     * Whether a write to this collection is something acknowledged to a person or another system
     * (an event, a user account, the access log entry of a record about to be shown), which must be
     * on disk before the answer. Everything else (read
     * models, tracking tokens, sagas, deadlines) is derived from the events and is committed with
     * the next acknowledged write or by the periodic commit within a second: since every commit
     * stores all writes before it, a killed process leaves a prefix of the writes, and the tracking
     * tokens that are lost with a read model's writes make the processors write them again.
     */
    private static boolean isAcknowledgedRecord(Object collection) {
        return collection instanceof String name && ACKNOWLEDGED_COLLECTIONS.contains(name);
    }
}
