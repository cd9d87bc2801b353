package org.convene.query.batch;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Registers {@link BatchedDocuments}' end-of-batch write on the processing groups that use it. */
@Configuration(proxyBeanMethods = false)
public class BatchedDocumentsConfiguration {

    /** The processing groups whose projections read and write documents through {@link BatchedDocuments}. */
    static final String[] GROUPS = {"screening", "chronology"};

    @Bean
    ConfigurerModule batchedDocumentsWrittenAtTheEndOfEachBatch(MongoTemplate mongo) {
        return configurer -> configurer.eventProcessing(processing -> {
            for (String group : GROUPS) {
                processing.registerHandlerInterceptor(group, config -> BatchedDocuments.writeAtTheEndOfTheBatch(mongo));
            }
        });
    }
}
