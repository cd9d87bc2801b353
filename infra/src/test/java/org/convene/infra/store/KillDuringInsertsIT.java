package org.convene.infra.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * A process streaming multi-document inserts into the embedded store is killed ({@code kill -9}) in
 * the middle: after the store is opened again every insert is there whole or not at all (none is
 * cut by a commit that landed in its middle), and every insert that was answered into an event
 * collection is there.
 */
class KillDuringInsertsIT {

    private static final int BATCHES_BEFORE_THE_KILL = 25;

    @TempDir
    Path dataDir;

    @Test
    void afterAKillEveryInsertIsOnDiskWholeOrNotAtAll() throws Exception {
        Map<String, Set<Integer>> acknowledged = new ConcurrentHashMap<>();
        InsertBatchesUntilKilled.COLLECTIONS.forEach(name -> acknowledged.put(name, ConcurrentHashMap.newKeySet()));
        Path storeDir = dataDir.resolve("store");
        Path log = dataDir.resolve("child.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                InsertBatchesUntilKilled.class.getName(), storeDir.toString())
                .redirectErrorStream(true).start();
        Thread reader = new Thread(() -> readAcknowledgements(child, acknowledged, log), "child-output");
        reader.start();
        try {
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (acknowledged.values().stream().anyMatch(batches -> batches.size() < BATCHES_BEFORE_THE_KILL)) {
                assertThat(child.isAlive()).as("the child runs (its output: %s)", log).isTrue();
                assertThat(System.nanoTime()).as("%d batches each within 3 minutes", BATCHES_BEFORE_THE_KILL)
                        .isLessThan(deadline);
                TimeUnit.MILLISECONDS.sleep(50);
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(1, TimeUnit.MINUTES);
            reader.join(TimeUnit.MINUTES.toMillis(1));
        }

        try (EmbeddedMongoStore store = EmbeddedMongoStore.start(storeDir);
             MongoClient client = MongoClients.create(store.connectionString())) {
            for (String name : InsertBatchesUntilKilled.COLLECTIONS) {
                Map<Integer, Integer> documentsPerBatch = new TreeMap<>();
                for (Document document : client.getDatabase("kill").getCollection(name).find()
                        .projection(new Document("batch", 1))) {
                    documentsPerBatch.merge(document.getInteger("batch"), 1, Integer::sum);
                }
                assertThat(documentsPerBatch.entrySet()).as("%s: every batch whole", name)
                        .allSatisfy(batch -> assertThat(batch.getValue()).as("documents of batch %d", batch.getKey())
                                .isEqualTo(InsertBatchesUntilKilled.BATCH));
                if (name.equals("domainevents")) {
                    assertThat(documentsPerBatch.keySet()).as("every answered insert of events")
                            .containsAll(acknowledged.get(name));
                }
            }
        }
    }

    private static void readAcknowledgements(Process child, Map<String, Set<Integer>> acknowledged, Path log) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    List<String> parts = List.of(line.split(" "));
                    acknowledged.get(parts.get(1)).add(Integer.parseInt(parts.get(2)));
                } else {
                    Files.writeString(log, line + System.lineSeparator(), StandardCharsets.UTF_8,
                            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                }
            }
        } catch (java.io.IOException e) {
            // the child was killed: its output ends
        }
    }
}
