package org.convene.infra.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Watches every event processor (decision 0018): its dead letters, whether it is retrying after an
 * error, and how far behind the newest stored event it is. A processor behind the head whose
 * position has not moved for {@code convene.health.stuck-after} (default two minutes) is stuck.
 * Results are kept for a couple of seconds: health checks and metric scrapes read them often, and
 * counting dead letters and finding the newest event are queries.
 */
@Component
public class ProcessorWatch {

    private static final Duration FRESH = Duration.ofSeconds(2);

    private final EventProcessingConfiguration processing;
    private final DeadLetters deadLetters;
    private final EventStore eventStore;
    private final Duration stuckAfter;
    private final Clock clock;
    private final Map<String, Progress> progress = new ConcurrentHashMap<>();
    private volatile Snapshot last;

    private record Progress(Instant position, Instant since) {
    }

    private record Snapshot(Instant at, List<ProcessorState> states) {
    }

    public ProcessorWatch(EventProcessingConfiguration processing, DeadLetters deadLetters, EventStore eventStore,
                          @Value("${convene.health.stuck-after:PT2M}") Duration stuckAfter) {
        this.processing = processing;
        this.deadLetters = deadLetters;
        this.eventStore = eventStore;
        this.stuckAfter = stuckAfter;
        this.clock = Clock.systemUTC();
    }

    /** Every processor's state, by name. */
    public synchronized List<ProcessorState> states() {
        Snapshot snapshot = last;
        Instant now = clock.instant();
        if (snapshot != null && snapshot.at().plus(FRESH).isAfter(now)) {
            return snapshot.states();
        }
        List<ProcessorState> states = measure(now);
        last = new Snapshot(now, states);
        return states;
    }

    /** The state of one processor (empty for an unknown name). */
    public Optional<ProcessorState> state(String name) {
        return states().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Forgets the cached states (after a retry or an eviction, so the screen shows the result at once). */
    public void refresh() {
        last = null;
    }

    private List<ProcessorState> measure(Instant now) {
        Map<String, Long> letters = deadLetters.counts();
        Instant head = timestampOf(eventStore.createHeadToken());
        List<ProcessorState> states = new ArrayList<>();
        for (Map.Entry<String, EventProcessor> entry : new java.util.TreeMap<>(processing.eventProcessors()).entrySet()) {
            if (!(entry.getValue() instanceof TrackingEventProcessor processor)) {
                continue;
            }
            String name = entry.getKey();
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            String error = status.values().stream().filter(EventTrackerStatus::isErrorState)
                    .map(s -> s.getError() == null ? "an error" : oneLine(s.getError()))
                    .findFirst().orElse(null);
            Instant position = status.values().stream()
                    .map(s -> timestampOf(s.getTrackingToken()))
                    .filter(java.util.Objects::nonNull)
                    .min(Instant::compareTo)
                    .orElse(null);
            if (position == null) {
                position = stoppedPosition(name);
            }
            boolean behind = head != null && (position == null || position.isBefore(head));
            long lag = head == null || position == null ? 0 : Math.max(0, Duration.between(position, head).toSeconds());
            boolean stuck = isStuck(name, position, behind, now);
            states.add(new ProcessorState(name, processor.isRunning(), error, letters.getOrDefault(name, 0L), lag,
                    stuck));
        }
        return List.copyOf(states);
    }

    private Instant stoppedPosition(String name) {
        Progress known = progress.get(name);
        return known == null ? null : known.position();
    }

    /** Behind, and the position has not changed for longer than allowed. */
    private boolean isStuck(String name, Instant position, boolean behind, Instant now) {
        Progress before = progress.get(name);
        if (before == null || !java.util.Objects.equals(before.position(), position)) {
            progress.put(name, new Progress(position, now));
            return false;
        }
        return behind && Duration.between(before.since(), now).compareTo(stuckAfter) > 0;
    }

    private static Instant timestampOf(TrackingToken token) {
        if (token == null) {
            return null;
        }
        TrackingToken current = WrappedToken.unwrapLowerBound(token);
        return current instanceof MongoTrackingToken mongo ? mongo.getTimestamp() : null;
    }

    private static String oneLine(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        int newline = message.indexOf('\n');
        return newline >= 0 ? message.substring(0, newline) : message;
    }
}
