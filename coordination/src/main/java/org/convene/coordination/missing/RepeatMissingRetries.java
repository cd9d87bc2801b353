package org.convene.coordination.missing;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.stereotype.Component;

/**
 * The repeat-missing watcher never skips an event: an error in {@link RepeatMissingSaga} (a flag or
 * hand-over command that failed) propagates, its processor rolls the batch back and handles it again
 * with back-off, and the saga, changed only after its commands succeeded, sends the same commands
 * again (decision 0021). Axon's default would log the error and go on, losing the flag.
 */
@Component
class RepeatMissingRetries implements ConfigurerModule {

    /** Axon's processing group of a saga without {@code @ProcessingGroup}: the saga's name + "Processor". */
    static final String PROCESSING_GROUP = "RepeatMissingSagaProcessor";

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing().registerListenerInvocationErrorHandler(PROCESSING_GROUP,
                c -> PropagatingErrorHandler.instance());
    }
}
