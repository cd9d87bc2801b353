package org.convene.infra.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.convene.infra.store.MongoStoreConfiguration.EmbeddedStoreHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.MongoTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A MongoDB transaction manager exists exactly when a real MongoDB (a replica set) is configured;
 * the embedded store has no transactions and gets none (decision 0019).
 */
class TransactionManagerSelectionTest {

    @TempDir
    Path dataDir;

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(MongoStoreConfiguration.class);

    @Test
    void aConfiguredReplicaSetGetsAMongoTransactionManager() {
        context.withPropertyValues("convene.store.uri=mongodb://127.0.0.1:1/?replicaSet=rs0&serverSelectionTimeoutMS=1")
                .run(app -> {
                    assertThat(app).hasSingleBean(MongoTransactionManager.class);
                    assertThat(app.getBean(EmbeddedStoreHolder.class).isEmbedded()).isFalse();
                });
        context.withPropertyValues("spring.data.mongodb.uri=mongodb://127.0.0.1:1/?replicaSet=rs0")
                .run(app -> assertThat(app).hasSingleBean(MongoTransactionManager.class));
    }

    @Test
    void theEmbeddedStoreGetsNoTransactionManager() {
        context.withPropertyValues("convene.store.data-dir=" + dataDir)
                .run(app -> {
                    assertThat(app).doesNotHaveBean(PlatformTransactionManager.class);
                    assertThat(app.getBean(EmbeddedStoreHolder.class).isEmbedded()).isTrue();
                });
    }
}
