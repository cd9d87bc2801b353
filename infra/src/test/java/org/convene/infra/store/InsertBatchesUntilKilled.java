package org.convene.infra.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

/**
 * The process that {@link KillDuringInsertsIT} kills: opens the embedded store in the directory it
 * is given and, on two threads, inserts batches of {@value #BATCH} documents, each one insert
 * command, each document tagged with its batch, one stream into an event collection (acknowledged
 * records, committed before the answer) and one into a read-model-like collection (committed with
 * the next commit). It prints {@code ACK <collection> <batch>} when an insert has been answered,
 * and runs until it is killed.
 */
final class InsertBatchesUntilKilled {

    static final int BATCH = 300;
    static final List<String> COLLECTIONS = List.of("domainevents", "batches");

    private InsertBatchesUntilKilled() {
    }

    public static void main(String[] args) throws Exception {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        EmbeddedMongoStore store = EmbeddedMongoStore.start(Path.of(args[0]));
        MongoClient client = MongoClients.create(store.connectionString());
        List<Thread> streams = new ArrayList<>();
        for (String name : COLLECTIONS) {
            MongoCollection<Document> collection = client.getDatabase("kill").getCollection(name);
            Thread stream = new Thread(() -> insertUntilKilled(collection, name), "stream-" + name);
            stream.start();
            streams.add(stream);
        }
        for (Thread stream : streams) {
            stream.join();
        }
    }

    private static void insertUntilKilled(MongoCollection<Document> collection, String name) {
        String padding = "p".repeat(150);
        for (int batch = 0; ; batch++) {
            List<Document> documents = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH; i++) {
                documents.add(new Document("batch", batch).append("i", i).append("padding", padding));
            }
            collection.insertMany(documents);
            synchronized (System.out) {
                System.out.println("ACK " + name + " " + batch);
                System.out.flush();
            }
        }
    }
}
