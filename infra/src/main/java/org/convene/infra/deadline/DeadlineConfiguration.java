package org.convene.infra.deadline;

import java.time.Duration;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.serialization.Serializer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
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

    /**
     * Health component {@code deadlines}: how many are pending, failing (waiting to be retried after
     * their handler failed) and dead-lettered (cannot be read; kept in {@code dead_deadlines}).
     * DEGRADED while any is dead-lettered or failing: a child's interview clock is not running.
     */
    @Bean
    HealthIndicator deadlinesHealthIndicator(MongoDeadlineManager deadlineManager) {
        return () -> {
            long deadLettered = deadlineManager.deadLettered();
            long failing = deadlineManager.failing();
            Health.Builder health = deadLettered > 0 || failing > 0 ? Health.status(DEGRADED) : Health.up();
            return health.withDetail("pending", deadlineManager.pending())
                    .withDetail("failing", failing)
                    .withDetail("deadLettered", deadLettered)
                    .build();
        };
    }

    static final Status DEGRADED = new Status("DEGRADED",
            "A deadline is failing or dead-lettered: see dead_deadlines and the log");

    /** Gauges {@code convene.deadlines.pending}, {@code .failing} and {@code .dead.lettered}. */
    @Bean
    MeterBinder deadlineGauges(MongoDeadlineManager deadlineManager) {
        return registry -> {
            Gauge.builder("convene.deadlines.pending", deadlineManager, MongoDeadlineManager::pending)
                    .description("Deadlines not yet fired or cancelled").register(registry);
            Gauge.builder("convene.deadlines.failing", deadlineManager, MongoDeadlineManager::failing)
                    .description("Deadlines whose handler failed, waiting to be retried").register(registry);
            Gauge.builder("convene.deadlines.dead.lettered", deadlineManager, MongoDeadlineManager::deadLettered)
                    .description("Deadlines that cannot be read, kept in dead_deadlines").register(registry);
        };
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
