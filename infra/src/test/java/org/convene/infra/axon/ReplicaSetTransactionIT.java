package org.convene.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.bson.Document;
import org.convene.infra.store.MongoReplicaSet;
import org.convene.infra.store.RequiresDocker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.MongoTransactionManager;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

/**
 * On a replica set a processor's batch is one MongoDB transaction (decision 0019): its token, the
 * sagas it stores (Axon's collections through {@link SessionBoundMongoTemplate}) and the read models
 * written through Spring Data's {@code MongoTemplate} are all stored, or none. Runs wherever a Docker
 * engine exists; elsewhere it is skipped with a message saying so.
 */
@ExtendWith(RequiresDocker.class)
class ReplicaSetTransactionIT {

    /** A saga's state, as the saga store serialises it. */
    public static class ClockSaga {
        public String episodeId = "ep-1";
    }

    @RegisterExtension
    static final MongoReplicaSet replicaSet = new MongoReplicaSet();

    private TransactionManager transactions;
    private TokenStore tokens;
    private MongoSagaStore sagas;
    private MongoTemplate readModels;

    @BeforeEach
    void wire() {
        replicaSet.client().getDatabase("convene").drop();
        for (String collection : new String[] {"trackingtokens", "sagas", "read_model"}) {
            replicaSet.client().getDatabase("convene").createCollection(collection);
        }
        MongoDatabaseFactory databases = new SimpleMongoClientDatabaseFactory(replicaSet.client(), "convene");
        transactions = new SpringTransactionManager(new MongoTransactionManager(databases));
        Serializer serializer = JacksonSerializer.defaultSerializer();
        SessionBoundMongoTemplate axon = new SessionBoundMongoTemplate(databases);
        tokens = MongoTokenStore.builder().mongoTemplate(axon).serializer(serializer).build();
        sagas = MongoSagaStore.builder().mongoTemplate(axon).serializer(serializer).build();
        readModels = new MongoTemplate(databases);
        tokens.initializeTokenSegments("ReturnInterviewSagaProcessor", 1);
        transactions.executeInTransaction(() -> tokens.fetchToken("ReturnInterviewSagaProcessor", 0));
    }

    private void batch(boolean fails) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(new GenericMessage<>("a child returned"));
        unitOfWork.attachTransaction(transactions);
        tokens.storeToken(new GlobalSequenceTrackingToken(7), "ReturnInterviewSagaProcessor", 0);
        sagas.insertSaga(ClockSaga.class, "saga-1", new ClockSaga(), Set.of(new AssociationValue("episodeId", "ep-1")));
        readModels.save(new Document("_id", "ep-1").append("overdue", false), "read_model");
        if (fails) {
            unitOfWork.rollback(new IllegalStateException("killed mid-batch"));
        } else {
            unitOfWork.commit();
        }
    }

    @Test
    void aBatchRolledBackLeavesNeitherItsTokenNorItsSagaNorItsReadModel() {
        batch(true);

        assertThat(transactions.fetchInTransaction(() -> tokens.fetchToken("ReturnInterviewSagaProcessor", 0))).isNull();
        assertThat(replicaSet.client().getDatabase("convene").getCollection("sagas").countDocuments()).isZero();
        assertThat(replicaSet.client().getDatabase("convene").getCollection("read_model").countDocuments()).isZero();
    }

    @Test
    void aBatchCommittedStoresItsTokenItsSagaAndItsReadModel() {
        batch(false);

        assertThat(transactions.fetchInTransaction(() -> tokens.fetchToken("ReturnInterviewSagaProcessor", 0)))
                .isEqualTo(new GlobalSequenceTrackingToken(7));
        assertThat(replicaSet.client().getDatabase("convene").getCollection("sagas").countDocuments()).isEqualTo(1);
        assertThat(replicaSet.client().getDatabase("convene").getCollection("read_model").countDocuments()).isEqualTo(1);
    }
}
