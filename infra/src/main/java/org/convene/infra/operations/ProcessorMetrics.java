package org.convene.infra.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Micrometer gauges per event processor (tag {@code processingGroup}), registered once the
 * processors exist: {@code convene.processor.dead.letters} (events set aside),
 * {@code convene.processor.lag} (seconds of event time behind the newest stored event) and
 * {@code convene.processor.degraded} (1 when the health shows it as DEGRADED, else 0).
 */
@Component("eventProcessorMetrics")
public class ProcessorMetrics {

    public static final String DEAD_LETTERS = "convene.processor.dead.letters";
    public static final String LAG = "convene.processor.lag";
    public static final String DEGRADED = "convene.processor.degraded";
    public static final String TAG = "processingGroup";

    private final MeterRegistry registry;
    private final ProcessorWatch watch;
    private final EventProcessingConfiguration processing;

    public ProcessorMetrics(MeterRegistry registry, ProcessorWatch watch, EventProcessingConfiguration processing) {
        this.registry = registry;
        this.watch = watch;
        this.processing = processing;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void register() {
        for (String name : processing.eventProcessors().keySet()) {
            Gauge.builder(DEAD_LETTERS, watch, w -> w.state(name).map(ProcessorState::deadLetters).orElse(0L))
                    .tag(TAG, name).description("Events set aside (dead letters)").register(registry);
            Gauge.builder(LAG, watch, w -> w.state(name).map(ProcessorState::lagSeconds).orElse(0L))
                    .tag(TAG, name).baseUnit("seconds")
                    .description("Event time between the newest stored event and the newest handled").register(registry);
            Gauge.builder(DEGRADED, watch, w -> w.state(name).map(s -> s.degraded() ? 1 : 0).orElse(0))
                    .tag(TAG, name).description("1 when the processor needs attention").register(registry);
        }
    }
}
