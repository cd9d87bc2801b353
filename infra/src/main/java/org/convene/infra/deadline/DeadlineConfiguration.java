package org.convene.infra.deadline;

import java.time.Duration;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.serialization.Serializer;
import org.convene.infra.store.StoreProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.client.MongoClient;

/** Deadlines (saga clocks) kept in MongoDB's {@code deadlines} collection; see {@link MongoDeadlineManager}. */
@Configuration(proxyBeanMethods = false)
public class DeadlineConfiguration {

    static final String COLLECTION = "deadlines";

    @Bean(destroyMethod = "shutdown")
    MongoDeadlineManager deadlineManager(MongoClient client, StoreProperties store,
                                         org.axonframework.config.Configuration axon, Serializer serializer,
                                         TransactionManager transactionManager,
                                         @Value("${convene.deadlines.poll-interval:PT1S}") Duration pollInterval) {
        return new MongoDeadlineManager(client.getDatabase(store.database()).getCollection(COLLECTION),
                new ConfigurationScopeAwareProvider(axon), serializer, transactionManager, pollInterval);
    }

    /** Starts firing deadlines once the application (and its sagas) are up; stops before they go. */
    @Bean
    SmartLifecycle deadlinePoller(MongoDeadlineManager deadlineManager) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                deadlineManager.start();
                running = true;
            }

            @Override
            public void stop() {
                deadlineManager.shutdown();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return Integer.MAX_VALUE - 100;
            }
        };
    }

}
