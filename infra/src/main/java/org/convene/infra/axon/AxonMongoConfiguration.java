package org.convene.infra.axon;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.convene.coordination.shared.api.MessageMetaData;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.serialization.Serializer;
import org.convene.infra.store.MongoStoreConfiguration.EmbeddedStoreHolder;
import org.convene.infra.store.StoreProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

/**
 * Axon's event store, token store and saga store on MongoDB, wired by hand: the MongoDB
 * extension's Spring Boot modules stop at 4.10 (see docs/decisions/0002-storage-wiring.md).
 * Axon's Spring Boot auto-configuration picks these beans up and builds the embedded event store,
 * the tracking processors and the saga repositories on them.
 */
@Configuration(proxyBeanMethods = false)
public class AxonMongoConfiguration {

    static {
        // Axon 4.12 reports usage to an outside server unless told not to; Convene sends nothing out.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
    }

    /**
     * On a replica set the collections join the unit of work's MongoDB transaction
     * ({@link SessionBoundMongoTemplate}, decision 0019); the embedded store has no transactions.
     */
    @Bean
    MongoTemplate axonMongoTemplate(MongoClient client, StoreProperties properties, EmbeddedStoreHolder embedded,
                                    MongoDatabaseFactory databases) {
        if (!embedded.isEmbedded()) {
            return new SessionBoundMongoTemplate(databases);
        }
        return DefaultMongoTemplate.builder().mongoDatabase(client, properties.database()).build();
    }

    /**
     * Events are read through the configuration's upcaster chain (every {@code EventUpcaster} bean,
     * decision 0027), as Axon's own JPA and JDBC storage engines are.
     */
    @Bean
    EventStorageEngine eventStorageEngine(MongoTemplate axonMongoTemplate,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Serializer serializer,
                                          org.axonframework.config.Configuration axonConfiguration,
                                          @Value("${convene.axon.event-batch-size:500}") int batchSize) {
        MongoEventStorageEngine engine = new ConveneEventStorageEngine(MongoEventStorageEngine.builder()
                .storageStrategy(new LimitedFetchStorageStrategy())
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
                .upcasterChain(axonConfiguration.upcasterChain())
                .batchSize(batchSize), axonMongoTemplate);
        // Creates the unique index on aggregate id + sequence number that detects conflicting appends.
        engine.ensureIndexes();
        return engine;
    }

    /**
     * On the embedded store (no transactions) a processor's token is written after its batch's sagas
     * and deadlines ({@link CommitPhaseTokenStore}, decision 0019); on a replica set in the batch's
     * transaction.
     */
    @Bean
    TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer, EmbeddedStoreHolder embedded) {
        TokenStore tokens = MongoTokenStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .ensureIndexes(true)
                .build();
        return embedded.isEmbedded() ? new CommitPhaseTokenStore(tokens) : tokens;
    }

    /**
     * The saga store finds a saga by its identifier (load, update, delete) and by an association
     * ("the sagas of child c1"): once for every event a saga handles. The MongoDB extension creates
     * no index for either, so without these every lookup reads the whole saga collection, which
     * grows by one saga per child ever missing (decision 0017).
     */
    @Bean
    SagaStore<Object> sagaStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        ensureSagaIndexes(axonMongoTemplate.sagaCollection());
        return MongoSagaStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .build();
    }

    /** Creates the saga store's two indexes (or finds them there already). */
    public static void ensureSagaIndexes(MongoCollection<org.bson.Document> sagas) {
        sagas.createIndex(Indexes.ascending("sagaIdentifier"), new IndexOptions().unique(true));
        sagas.createIndex(Indexes.ascending("associations"));
    }

    /**
     * Keeps recently used aggregates in memory so a command does not re-read their events (on the
     * embedded store every read scans). Weak references: the cache never holds memory the JVM needs.
     */
    @Bean
    Cache aggregateCache() {
        return new WeakReferenceCache();
    }

    /**
     * Every tracking processor without settings of its own (the sagas' processors) starts at the
     * beginning of the event store, not at its head: a saga must see every return and every
     * missing episode, including those recorded before it first ran (Axon's default for sagas is
     * the head, and the MongoDB token is time-based, so an event recorded with an earlier time
     * would be missed).
     */
    @Bean
    ConfigurerModule trackingProcessorsStartAtTheTail() {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerTrackingEventProcessorConfiguration(config ->
                        TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialTrackingToken(StreamableMessageSource::createTailToken)));
    }

    /** Keeps the correlation and trace ids on every message (Axon's default). */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** Copies who sent a command (user and agency) onto the events it causes, for audit. */
    @Bean
    CorrelationDataProvider actorCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(MessageMetaData.USER_ID, MessageMetaData.AGENCY_ID);
    }

    @Bean
    CommandAuthorizationRegistrar messageAuthorizationRegistrar(CommandBus commandBus, QueryBus queryBus,
            ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        return new CommandAuthorizationRegistrar(commandBus, queryBus,
                securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
    }

    /** Registers the authorisation interceptor on both buses as soon as they exist. */
    static final class CommandAuthorizationRegistrar {
        CommandAuthorizationRegistrar(CommandBus commandBus, QueryBus queryBus,
                                      SecurityContextHolderStrategy securityContexts) {
            MessageAuthorizationInterceptor interceptor = new MessageAuthorizationInterceptor(securityContexts);
            commandBus.registerDispatchInterceptor(interceptor.forCommands());
            queryBus.registerDispatchInterceptor(interceptor.forQueries());
        }
    }
}
