package org.convene.infra.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.embedded.EmbeddedChannel;

/**
 * A read that runs for a long time on the embedded store while other commands write, commit and
 * the file is compacted (docs/performance.md, the ten-year run: a read of the whole event
 * collection failed with H2's "Chunk … not found"). The read is held in the middle of the
 * collection (the collection below pauses it after a few documents) while the writes, commits and
 * compactions happen; MVStore's retention time is set to zero so that freed chunks go at once, as
 * they do after 45 s in a read that lasts minutes. The read must still answer every document, the
 * first batch and the rest through {@code getMore}.
 */
class LongReadDuringWritesTest {

    private static final int DOCUMENTS = 3_000;
    private static final String PADDING = "x".repeat(200);

    @TempDir
    Path dataDir;

    private final AtomicBoolean pauseTheNextRead = new AtomicBoolean();
    private final CountDownLatch readIsPaused = new CountDownLatch(1);
    private final CountDownLatch writesAreDone = new CountDownLatch(1);
    private DurableH2Backend backend;

    @AfterEach
    void close() {
        writesAreDone.countDown();
        if (backend != null) {
            backend.close();
        }
    }

    @Test
    void aLongReadAnswersEveryDocumentWhileWritesCommitsAndCompactionsGoOn() throws Exception {
        backend = new SlowReadingBackend(dataDir.resolve("store.mv").toString());
        for (int from = 0; from < DOCUMENTS; from += 500) {
            insert("things", from, 500);
        }
        backend.commit();
        MVStore mvStore = backend.getMvStore();
        mvStore.setRetentionTime(0);

        pauseTheNextRead.set(true);
        CompletableFuture<List<Integer>> read = CompletableFuture.supplyAsync(this::readAllThings);
        assertThat(readIsPaused.await(2, TimeUnit.MINUTES)).as("the read started").isTrue();

        // while the read is held: writes, commits, and compactions that rewrite every old chunk
        for (int round = 0; round < 6; round++) {
            insert("other", DOCUMENTS * (round + 1), 500);
            backend.commit();
            mvStore.compact(100, Integer.MAX_VALUE);
            backend.commit();
        }
        writesAreDone.countDown();

        List<Integer> answered = read.get(2, TimeUnit.MINUTES);
        assertThat(answered).hasSize(DOCUMENTS).doesNotHaveDuplicates();
        assertThat(readAllThings()).as("and a read afterwards").hasSize(DOCUMENTS);
    }

    private void insert(String collection, int from, int count) {
        List<Document> documents = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            documents.add(new Document("_id", i).append("n", i).append("padding", PADDING));
        }
        Document response = backend.handleCommand(new EmbeddedChannel(), "db", "insert",
                new Document("insert", collection).append("documents", documents).append("ordered", true));
        assertThat(response.get("writeErrors")).isNull();
    }

    /** A find of the whole collection, first batch and then {@code getMore} until the cursor ends. */
    @SuppressWarnings("unchecked")
    private List<Integer> readAllThings() {
        EmbeddedChannel channel = new EmbeddedChannel();
        Document cursor = (Document) backend.handleCommand(channel, "db", "find",
                new Document("find", "things").append("filter", new Document()).append("batchSize", 1000))
                .get("cursor");
        List<Integer> numbers = new ArrayList<>();
        ((List<Document>) cursor.get("firstBatch")).forEach(d -> numbers.add((Integer) d.get("n")));
        long cursorId = ((Number) cursor.get("id")).longValue();
        while (cursorId != 0) {
            cursor = (Document) backend.handleCommand(channel, "db", "getMore",
                    new Document("getMore", cursorId).append("collection", "things").append("batchSize", 1000))
                    .get("cursor");
            ((List<Document>) cursor.get("nextBatch")).forEach(d -> numbers.add((Integer) d.get("n")));
            cursorId = ((Number) cursor.get("id")).longValue();
        }
        return numbers;
    }

    /** The embedded store's backend, whose collections hold one armed read after its tenth document. */
    private final class SlowReadingBackend extends DurableH2Backend {

        SlowReadingBackend(String fileName) {
            super(fileName);
        }

        @Override
        protected MongoDatabase openOrCreateDatabase(String databaseName) {
            return new IndexedH2Database(databaseName, getMvStore(), getCursorRegistry()) {
                @Override
                IndexedH2Collection newCollection(String collectionName, CollectionOptions options,
                                                  MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap) {
                    return new IndexedH2Collection(this, collectionName, options, dataMap, metaMap, cursorRegistry) {
                        private final AtomicInteger seen = new AtomicInteger();

                        @Override
                        protected boolean documentMatchesQuery(Document document, Document query) {
                            if (pauseTheNextRead.get() && seen.incrementAndGet() == 10) {
                                pauseTheNextRead.set(false);
                                readIsPaused.countDown();
                                awaitWrites();
                            }
                            return super.documentMatchesQuery(document, query);
                        }
                    };
                }
            };
        }
    }

    private void awaitWrites() {
        try {
            writesAreDone.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
