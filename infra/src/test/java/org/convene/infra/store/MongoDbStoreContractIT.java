package org.convene.infra.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * The same store contract against a real MongoDB (a single-node replica set in a container).
 * Runs wherever a Docker engine exists; elsewhere it is skipped with a message saying so.
 */
@ExtendWith(RequiresDocker.class)
class MongoDbStoreContractIT extends EventStoreContract {

    private static MongoDBContainer mongo;
    private static MongoClient client;

    @BeforeAll
    static void startMongo() {
        mongo = new MongoDBContainer(DockerImageName.parse("mongo:7.0"));
        mongo.start();
        client = MongoClients.create(mongo.getReplicaSetUrl());
    }

    @AfterAll
    static void stopMongo() {
        if (client != null) {
            client.close();
        }
        if (mongo != null) {
            mongo.stop();
        }
    }

    @Override
    protected MongoClient client() {
        return client;
    }
}
