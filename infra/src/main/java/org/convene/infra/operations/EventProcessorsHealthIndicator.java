package org.convene.infra.operations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code eventProcessors} part of {@code /actuator/health} (decision 0018): {@code UP} when every
 * processor is working, {@link #DEGRADED} when one holds dead letters, is retrying after an error or is
 * stuck behind the newest events. DEGRADED answers HTTP 200 and is not part of the liveness or
 * readiness probes: Convene keeps running and serving; an administrator has something to look at
 * (the "Events set aside" screen).
 */
@Component("eventProcessors")
public class EventProcessorsHealthIndicator implements HealthIndicator {

    public static final Status DEGRADED = new Status("DEGRADED",
            "Some events are set aside or a processor is not keeping up: see Events set aside");

    private final ProcessorWatch watch;

    public EventProcessorsHealthIndicator(ProcessorWatch watch) {
        this.watch = watch;
    }

    @Override
    public Health health() {
        List<ProcessorState> states = watch.states();
        Health.Builder health = states.stream().anyMatch(ProcessorState::degraded) ? Health.status(DEGRADED)
                : Health.up();
        for (ProcessorState state : states) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("state", state.summary());
            details.put("deadLetters", state.deadLetters());
            details.put("lagSeconds", state.lagSeconds());
            if (state.error() != null) {
                details.put("error", state.error());
            }
            health.withDetail(state.name(), details);
        }
        return health.build();
    }
}
