package org.convene.infra.axon;

import org.axonframework.extensions.mongo.MongoTemplate;
import org.bson.Document;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.MongoDatabaseUtils;
import org.springframework.data.mongodb.SessionSynchronization;

import com.mongodb.client.MongoCollection;

/**
 * Axon's MongoDB collections (events, snapshots, tokens, sagas, dead letters) bound to the MongoDB
 * transaction of the current Spring transaction, for a replica set (decision 0019). Axon's
 * {@code SpringTransactionManager} starts a Spring Data {@code MongoTransactionManager} transaction
 * for each unit of work (a command, a processor's batch, a deadline); the event store, the token
 * store and the saga store then write in that transaction, as the read models written through
 * Spring Data's {@code MongoTemplate} do. The same idea as the extension's {@code SpringMongoTemplate},
 * whose Spring modules stop at 4.10. Outside a transaction the collections are the plain ones. The
 * collection names are the extension's defaults (those of {@code DefaultMongoTemplate}).
 */
public final class SessionBoundMongoTemplate implements MongoTemplate {

    private final MongoDatabaseFactory databases;

    public SessionBoundMongoTemplate(MongoDatabaseFactory databases) {
        this.databases = databases;
    }

    private MongoCollection<Document> collection(String name) {
        return MongoDatabaseUtils.getDatabase(databases, SessionSynchronization.ON_ACTUAL_TRANSACTION)
                .getCollection(name);
    }

    @Override
    public MongoCollection<Document> trackingTokensCollection() {
        return collection("trackingtokens");
    }

    @Override
    public MongoCollection<Document> eventCollection() {
        return collection("domainevents");
    }

    @Override
    public MongoCollection<Document> snapshotCollection() {
        return collection("snapshotevents");
    }

    @Override
    public MongoCollection<Document> sagaCollection() {
        return collection("sagas");
    }

    @Override
    public MongoCollection<Document> deadLetterCollection() {
        return collection("deadletters");
    }
}
