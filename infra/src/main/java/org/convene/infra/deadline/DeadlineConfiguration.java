package org.convene.infra.deadline;

import java.time.Duration;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.SessionSynchronization;
import org.springframework.data.mongodb.MongoDatabaseUtils;

/**
 * Deadlines (saga clocks) kept in MongoDB's {@code deadlines} collection, and those that cannot be
 * read in {@code dead_deadlines}; see {@link MongoDeadlineManager}. The collections come from
 * {@link MongoDatabaseUtils}: on a replica set a deadline scheduled or cancelled by a saga is written
 * in the unit of work's MongoDB transaction; elsewhere (the embedded store) there is none.
 */
@Configuration(proxyBeanMethods = false)
public class DeadlineConfiguration {

    static final String COLLECTION = "deadlines";
    static final String DEAD_LETTERS = "dead_deadlines";

    @Bean(destroyMethod = "shutdown")
    MongoDeadlineManager deadlineManager(MongoDatabaseFactory databases,
                                         org.axonframework.config.Configuration axon, Serializer serializer,
                                         TransactionManager transactionManager,
                                         @Value("${convene.deadlines.poll-interval:PT1S}") Duration pollInterval,
                                         @Value("${convene.deadlines.lease:PT2M}") Duration lease,
                                         @Value("${convene.deadlines.retry-first:PT30S}") Duration retryFirst,
                                         @Value("${convene.deadlines.retry-max:PT1H}") Duration retryMax) {
        return new MongoDeadlineManager(
                () -> MongoDatabaseUtils.getDatabase(databases, SessionSynchronization.ON_ACTUAL_TRANSACTION)
                        .getCollection(COLLECTION),
                () -> MongoDatabaseUtils.getDatabase(databases, SessionSynchronization.ON_ACTUAL_TRANSACTION)
                        .getCollection(DEAD_LETTERS),
                new ConfigurationScopeAwareProvider(axon), serializer, transactionManager,
                new MongoDeadlineManager.Timings(pollInterval, lease, retryFirst, retryMax));
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
