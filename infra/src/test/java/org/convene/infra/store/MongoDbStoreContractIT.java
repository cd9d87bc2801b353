package org.convene.infra.store;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.mongodb.client.MongoClient;

/**
 * The same store contract against a real MongoDB (a single-node replica set in a container).
 * Runs wherever a Docker engine exists; elsewhere it is skipped with a message saying so.
 */
@ExtendWith(RequiresDocker.class)
class MongoDbStoreContractIT extends EventStoreContract {

    @RegisterExtension
    static final MongoReplicaSet replicaSet = new MongoReplicaSet();

    @Override
    protected MongoClient client() {
        return replicaSet.client();
    }
}
