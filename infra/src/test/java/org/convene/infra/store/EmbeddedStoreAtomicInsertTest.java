package org.convene.infra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;

/**
 * On the embedded store an insert of several documents into the event store's collections is all
 * or nothing: when its k-th document violates a unique index (an event with an aggregate's sequence
 * number already taken), none of the batch is kept, neither in what is read at once nor in the file
 * after a restart.
 */
class EmbeddedStoreAtomicInsertTest {

    @RegisterExtension
    final StartedEmbeddedStore embedded = new StartedEmbeddedStore();

    private MongoCollection<Document> events() {
        return embedded.client().getDatabase("atomic").getCollection("domainevents");
    }

    private static Document event(String aggregate, int sequence, String batch) {
        return new Document("aggregateIdentifier", aggregate).append("sequenceNumber", sequence).append("batch", batch);
    }

    @ParameterizedTest(name = "ordered: {0}")
    @ValueSource(booleans = {true, false})
    void anInsertWhoseLaterDocumentIsADuplicateKeepsNoneOfItsDocuments(boolean ordered) {
        events().createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"),
                new IndexOptions().unique(true));
        events().insertOne(event("referral-1", 3, "earlier"));
        List<Document> batch = new ArrayList<>();
        for (int sequence = 0; sequence < 6; sequence++) {
            batch.add(event("referral-1", sequence, "discussion"));   // the fourth is a duplicate
        }

        assertThatThrownBy(() -> events().insertMany(batch, new InsertManyOptions().ordered(ordered)))
                .isInstanceOf(MongoBulkWriteException.class)
                .hasMessageContaining("duplicate key");

        assertThat(events().countDocuments(new Document("batch", "discussion"))).isZero();
        assertThat(events().countDocuments()).isEqualTo(1);
        embedded.restart();
        assertThat(events().countDocuments(new Document("batch", "discussion"))).as("after a restart").isZero();
        assertThat(events().find().first()).extracting(d -> d.get("batch")).isEqualTo("earlier");

        // the same batch without the duplicate is then stored whole
        batch.remove(3);
        batch.forEach(d -> d.remove("_id"));
        events().insertMany(batch);
        assertThat(events().countDocuments(new Document("batch", "discussion"))).isEqualTo(5);
    }

    @ParameterizedTest(name = "ordered: {0}")
    @ValueSource(booleans = {true, false})
    void elsewhereAnOrderedInsertKeepsTheDocumentsBeforeTheDuplicateAsMongoDbDoes(boolean ordered) {
        MongoCollection<Document> readModel = embedded.client().getDatabase("atomic").getCollection("referrallist");
        readModel.insertOne(new Document("_id", 3));
        List<Document> batch = new ArrayList<>();
        for (int id = 0; id < 6; id++) {
            batch.add(new Document("_id", id));
        }

        assertThatThrownBy(() -> readModel.insertMany(batch, new InsertManyOptions().ordered(ordered)))
                .isInstanceOf(MongoBulkWriteException.class);

        assertThat(readModel.countDocuments()).isEqualTo(ordered ? 4 : 6);
    }
}
