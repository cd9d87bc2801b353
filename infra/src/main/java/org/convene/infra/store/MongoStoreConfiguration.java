package org.convene.infra.store;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.data.mongodb.MongoTransactionManager;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * Chooses the store: a configured MongoDB URI (a real replica set in production), or else the
 * embedded store under the data directory. Everything else (Axon's event, token and saga stores,
 * the read models, the users) uses the one {@link MongoClient} made here.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
public class MongoStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MongoStoreConfiguration.class);

    /** Present only when the embedded store runs; closed after the client on shutdown. */
    @Bean(destroyMethod = "close")
    EmbeddedStoreHolder embeddedStoreHolder(StoreProperties properties,
                                            @Value("${spring.data.mongodb.uri:}") String springUri) {
        if (properties.embedded() && springUri.isBlank()) {
            return new EmbeddedStoreHolder(EmbeddedMongoStore.start(properties.dataDir()));
        }
        return new EmbeddedStoreHolder(null);
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(StoreProperties properties, EmbeddedStoreHolder embedded,
                            @Value("${spring.data.mongodb.uri:}") String springUri) {
        String uri;
        if (embedded.store() != null) {
            uri = embedded.store().connectionString();
        } else {
            uri = properties.embedded() ? springUri : properties.uri();
            log.info("Using the MongoDB at {}", new ConnectionString(uri).getHosts());
        }
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .build();
        return MongoClients.create(settings);
    }

    @Bean
    MongoDatabaseFactory mongoDatabaseFactory(MongoClient client, StoreProperties properties) {
        return new SimpleMongoClientDatabaseFactory(client, properties.database());
    }

    /**
     * On a real MongoDB (a replica set) every unit of work of Axon (a command, a processor's batch,
     * a deadline) runs in a MongoDB transaction: Axon's Spring Boot auto-configuration wraps this
     * transaction manager in its {@code SpringTransactionManager}. Axon's collections
     * ({@code SessionBoundMongoTemplate}), the deadlines and the read models written through Spring
     * Data's {@code MongoTemplate} join it (decision 0019). The embedded store has no transactions
     * and no transaction manager.
     */
    @Bean
    @Conditional(RealMongoDbConfigured.class)
    MongoTransactionManager mongoTransactionManager(MongoDatabaseFactory databases) {
        return new MongoTransactionManager(databases);
    }

    /** A MongoDB URI is configured: the application uses that MongoDB, not the embedded store. */
    static final class RealMongoDbConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var env = context.getEnvironment();
            return !env.getProperty("convene.store.uri", "").isBlank()
                    || !env.getProperty("spring.data.mongodb.uri", "").isBlank();
        }
    }

    /** The embedded store, or {@code null} when a real MongoDB is configured. */
    public record EmbeddedStoreHolder(EmbeddedMongoStore store) implements AutoCloseable {
        public boolean isEmbedded() {
            return store != null;
        }

        @Override
        public void close() {
            if (store != null) {
                store.close();
            }
        }
    }
}
