package org.convene.infra.projection;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Rebuilds (replays) a projection from the event store: stops its tracking processor, resets its
 * token (which calls the projection's reset handler, clearing its read model), removes its dead
 * letters (the replay handles their events again), starts it again and waits until it has caught up
 * with the head of the event store.
 */
@Service
public class ProjectionRebuilder {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilder.class);

    private final EventProcessingConfiguration processing;

    public ProjectionRebuilder(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /**
     * Names of the projections (tracking processing groups whose handlers can be reset) that can be
     * rebuilt. Sagas' processors are not projections: replaying them would act again.
     */
    public List<String> projections() {
        return processing.eventProcessors().values().stream()
                .filter(TrackingEventProcessor.class::isInstance)
                .map(TrackingEventProcessor.class::cast)
                .filter(TrackingEventProcessor::supportsReset)
                .map(p -> p.getName())
                .sorted()
                .toList();
    }

    public void rebuild(String name, Duration timeout) throws TimeoutException, InterruptedException {
        rebuildTogether(List.of(name), timeout);
    }

    /**
     * Rebuilds these projections at the same time (each processor has its own thread, so on a
     * machine with more than one core they share the work) and returns how long each took to catch
     * up, in milliseconds, in the order given.
     */
    public java.util.Map<String, Long> rebuildTogether(List<String> names, Duration timeout)
            throws TimeoutException, InterruptedException {
        List<TrackingEventProcessor> processors = new java.util.ArrayList<>();
        for (String name : names) {
            processors.add(find(name).filter(TrackingEventProcessor::supportsReset)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "No projection called '" + name + "'. Known projections: " + projections())));
        }
        log.info("Rebuilding projections {} together from the event store", names);
        long started = System.nanoTime();
        for (TrackingEventProcessor processor : processors) {
            processor.shutDown();
            // From the start of the stream; the token at reset is the processor's current position, so
            // the replay ends at the event it had reached (not at a replay of a replay).
            processor.resetTokens(source -> source.createTailToken());
            // the replay handles the dead letters' events again: a dead letter left behind would hold
            // back its child's events from the rebuilt read model
            processing.deadLetterQueue(processor.getName()).ifPresent(queue -> queue.clear());
        }
        processors.forEach(TrackingEventProcessor::start);
        java.util.Map<String, Long> took = new java.util.LinkedHashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (took.size() < processors.size()) {
            for (TrackingEventProcessor processor : processors) {
                if (!took.containsKey(processor.getName()) && caughtUp(processor)) {
                    took.put(processor.getName(), (System.nanoTime() - started) / 1_000_000);
                } else {
                    logError(processor);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("Projections " + names + " did not all catch up within " + timeout
                        + "; caught up: " + took.keySet());
            }
            Thread.sleep(50);
        }
        java.util.Map<String, Long> inOrder = new java.util.LinkedHashMap<>();
        names.forEach(name -> inOrder.put(name, took.get(name)));
        log.info("Rebuilt projections together in {} ms: {}", (System.nanoTime() - started) / 1_000_000, inOrder);
        return inOrder;
    }

    private static void logError(TrackingEventProcessor processor) {
        Optional<EventTrackerStatus> failed = processor.processingStatus().values().stream()
                .filter(EventTrackerStatus::isErrorState).findFirst();
        if (failed.isPresent() && failed.get().getError() != null) {
            log.warn("Projection {} is in error: {}", processor.getName(), failed.get().getError().toString());
        }
    }

    private static boolean caughtUp(TrackingEventProcessor processor) {
        var status = processor.processingStatus();
        return !status.isEmpty() && status.values().stream().allMatch(s -> s.isCaughtUp() && !s.isErrorState());
    }

    /**
     * Whether every segment of the processor has handled the event with this id and timestamp (its
     * MongoDB tracking token is past it). Unlike "caught up", this tells that one known event, e.g.
     * the newest in the store, has reached the projection.
     */
    public static boolean hasHandled(TrackingEventProcessor processor, Instant timestamp, String eventId) {
        var status = processor.processingStatus();
        return !status.isEmpty() && status.values().stream().allMatch(s -> {
            TrackingToken token = WrappedToken.unwrapLowerBound(s.getTrackingToken());
            return token instanceof MongoTrackingToken mongoToken
                    && (mongoToken.getTimestamp().isAfter(timestamp)
                    || mongoToken.getTimestamp().equals(timestamp) && mongoToken.getKnownEventIds().contains(eventId));
        });
    }

    /** Waits until every segment of the processor has caught up with the head of the event store. */
    public static void awaitCaughtUp(TrackingEventProcessor processor, Duration timeout)
            throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            // Caught up = has processed everything in the event store. (With the MongoDB tracking token
            // the "replaying" flag only clears when a new event arrives after the reset, so it is not
            // a usable end signal.)
            if (caughtUp(processor)) {
                return;
            }
            logError(processor);
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("Projection " + processor.getName() + " did not catch up within " + timeout
                        + ": " + processor.processingStatus());
            }
            Thread.sleep(100);
        }
    }

    private Optional<TrackingEventProcessor> find(String name) {
        return processing.eventProcessor(name, TrackingEventProcessor.class);
    }
}
