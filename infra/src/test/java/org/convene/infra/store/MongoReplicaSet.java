package org.convene.infra.store;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * A real MongoDB for one test class: a single-node replica set in a container (Testcontainers),
 * started before its tests and stopped after them, with a client to it. Register it as a static
 * {@code @RegisterExtension} field beside {@code @ExtendWith(RequiresDocker.class)}, so a machine
 * without Docker skips the class instead of failing it.
 */
public class MongoReplicaSet implements BeforeAllCallback, AfterAllCallback {

    private MongoDBContainer mongo;
    private MongoClient client;

    @Override
    public void beforeAll(ExtensionContext context) {
        mongo = new MongoDBContainer(DockerImageName.parse("mongo:7.0"));
        mongo.start();
        client = MongoClients.create(mongo.getReplicaSetUrl());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (client != null) {
            client.close();
        }
        if (mongo != null) {
            mongo.stop();
        }
    }

    public MongoClient client() {
        return client;
    }
}
