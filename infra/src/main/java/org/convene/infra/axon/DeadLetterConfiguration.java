package org.convene.infra.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Nothing skipped (decision 0018). Axon's default logs a failing event handler and goes on, and the
 * event is lost for that processor. Instead:
 * <ul>
 *   <li>every event processing group (the projections and {@code panel-triggers}) gets Axon's
 *       sequenced dead-letter queue, stored in MongoDB by the MongoDB extension
 *       ({@link MongoSequencedDeadLetterQueue}, collection {@code deadletters}), wrapped so that a
 *       failed event's half-done work never leaves its batch ({@link BatchSafeDeadLetterQueue});
 *       events of the same child (or aggregate) wait behind it
 *       ({@link ChildOrAggregateSequencingPolicy}), the rest go on;</li>
 *   <li>a failing event is first retried by its processor with a growing wait
 *       ({@link RetryThenParkPolicy}, {@code convene.dead-letters.attempts} tries in all), then parked;</li>
 *   <li>every other handler (the sagas, which cannot use a dead-letter queue) passes its failure on
 *       ({@link PropagatingErrorHandler}): its processor rolls the batch back and retries it, with a
 *       growing wait, until it succeeds.</li>
 * </ul>
 * Wired by hand: the MongoDB extension's Spring Boot module (which would register the queue from
 * properties) stops at 4.10.
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfiguration {

    /** Dead letters a group may hold before its processor stops (Axon then retries the event until there is room). */
    static final int MAX_SEQUENCES = 10_000;

    @Bean
    ConfigurerModule deadLettersInsteadOfSkips(MongoTemplate axonMongoTemplate, Serializer serializer,
                                               @Value("${convene.dead-letters.attempts:3}") int attempts) {
        RetryThenParkPolicy policy = new RetryThenParkPolicy(attempts);
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerDefaultSequencingPolicy(c -> ChildOrAggregateSequencingPolicy.INSTANCE)
                .registerDefaultDeadLetterPolicy(c -> policy)
                .registerDeadLetterQueueProvider(group -> c -> new BatchSafeDeadLetterQueue(group,
                        MongoSequencedDeadLetterQueue.<org.axonframework.eventhandling.EventMessage<?>>builder()
                                .processingGroup(group)
                                .mongoTemplate(axonMongoTemplate)
                                .serializer(serializer)
                                .maxSequences(MAX_SEQUENCES)
                                .build()))
                .registerDefaultHandlerInterceptor((c, processorName) ->
                        BatchSafeDeadLetterQueue.rollBackABatchWithAFailedEvent(processorName)));
    }
}
