package org.convene.infra.operations;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.convene.coordination.operations.api.RecordDeadLetterEvictionCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The dead letters of every processing group, for administrators (decision 0018): list them, retry
 * them after a fix, or remove one for good with a reason (recorded as an event first).
 *
 * <p>A retry pauses the group's processor while it runs, so that the retried events and the
 * processor's own batches (which keep documents in memory until the batch ends) never write the same
 * read-model document at the same time.
 */
@Service
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    static final String WAITING = "Waits behind an earlier event of the same child or record that failed.";

    private final EventProcessingConfiguration processing;
    private final CommandGateway commands;

    public DeadLetters(EventProcessingConfiguration processing, CommandGateway commands) {
        this.processing = processing;
        this.commands = commands;
    }

    /** The processing groups that can hold dead letters (every event handler group; not the sagas). */
    public List<String> groups() {
        return processing.eventProcessors().keySet().stream()
                .filter(name -> processing.sequencedDeadLetterProcessor(name).isPresent())
                .sorted()
                .toList();
    }

    /** How many dead letters each group holds. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String group : groups()) {
            counts.put(group, queue(group).map(SequencedDeadLetterQueue::size).orElse(0L));
        }
        return counts;
    }

    /** Every dead letter, by group, then child or record, in the order they will be retried. */
    public List<DeadLetterSummary> list() {
        List<DeadLetterSummary> all = new ArrayList<>();
        for (String group : groups()) {
            SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group).orElseThrow();
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    all.add(summary(group, letter));
                }
            }
        }
        all.sort(Comparator.comparing(DeadLetterSummary::processingGroup)
                .thenComparing(DeadLetterSummary::firstAttempt)
                .thenComparing(DeadLetterSummary::sequenceId)
                .thenComparingLong(DeadLetterSummary::position));
        return all;
    }

    /**
     * Retries one child's (or record's) dead letters in a group, oldest first, and returns true when
     * all of them were applied. Stops at the first that fails again; that one (with the new error)
     * and those after it stay.
     */
    public boolean retry(String group, String sequenceId) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = deadLetterProcessor(group);
        return paused(group, () -> processor.process(letter -> sequenceId.equals(sequenceOf(letter))));
    }

    /** Retries every dead letter of every group; returns how many children or records were cleared. */
    public int retryAll() {
        int cleared = 0;
        for (Map.Entry<String, Long> count : counts().entrySet()) {
            if (count.getValue() == 0) {
                continue;
            }
            String group = count.getKey();
            SequencedDeadLetterProcessor<EventMessage<?>> processor = deadLetterProcessor(group);
            long sequences = queue(group).orElseThrow().amountOfSequences();
            cleared += paused(group, () -> {
                int done = 0;
                for (long i = 0; i < sequences; i++) {
                    // each call takes the sequence tried longest ago, so a failing one does not block the rest
                    if (processor.processAny()) {
                        done++;
                    }
                }
                return done;
            });
        }
        return cleared;
    }

    /**
     * Removes one dead letter for good, after recording who removed it, when and why
     * ({@link RecordDeadLetterEvictionCommand}, refused without a reason or for a user who is not an
     * administrator). The events after it in its sequence stay until they are retried.
     */
    public void evict(String group, String sequenceId, String eventId, String reason) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group).orElseThrow(() ->
                new IllegalArgumentException("There is no part of Convene called '" + group + "'."));
        DeadLetter<? extends EventMessage<?>> letter = find(queue, sequenceId, eventId).orElseThrow(() ->
                new IllegalStateException("That event is no longer set aside: it was retried or removed meanwhile. "
                        + "Refresh the list."));
        DeadLetterSummary summary = summary(group, letter);
        commands.sendAndWait(new RecordDeadLetterEvictionCommand(UUID.randomUUID().toString(), group, sequenceId,
                eventId, summary.eventType(), summary.error(), reason));
        queue.evict(letter);
        log.info("Dead letter {} ({}) of processing group {} removed: {}", eventId, summary.eventType(), group, reason);
    }

    private static Optional<DeadLetter<? extends EventMessage<?>>> find(SequencedDeadLetterQueue<EventMessage<?>> queue,
                                                                         String sequenceId, String eventId) {
        for (DeadLetter<? extends EventMessage<?>> letter : queue.deadLetterSequence(sequenceId)) {
            if (letter.message().getIdentifier().equals(eventId)) {
                return Optional.of(letter);
            }
        }
        return Optional.empty();
    }

    private <T> T paused(String group, Supplier<T> work) {
        Optional<TrackingEventProcessor> processor = processing.eventProcessorByProcessingGroup(group,
                TrackingEventProcessor.class);
        boolean wasRunning = processor.map(TrackingEventProcessor::isRunning).orElse(false);
        if (wasRunning) {
            processor.get().shutDown();
        }
        try {
            return work.get();
        } finally {
            if (wasRunning) {
                processor.get().start();
            }
        }
    }

    private SequencedDeadLetterProcessor<EventMessage<?>> deadLetterProcessor(String group) {
        return processing.sequencedDeadLetterProcessor(group).orElseThrow(() ->
                new IllegalArgumentException("There is no part of Convene called '" + group + "'."));
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String group) {
        return processing.sequencedDeadLetterProcessor(group).isPresent() ? processing.deadLetterQueue(group)
                : Optional.empty();
    }

    private static String sequenceOf(DeadLetter<?> letter) {
        return letter instanceof MongoDeadLetter<?> stored ? stored.sequenceIdentifier() : null;
    }

    static DeadLetterSummary summary(String group, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        Object payload = payloadOf(event);
        String error = letter.cause().map(DeadLetters::plainWords).orElse(WAITING);
        long position = letter instanceof MongoDeadLetter<?> stored ? stored.index() : 0;
        return new DeadLetterSummary(group, sequenceOf(letter), position, event.getIdentifier(),
                event.getPayloadType().getSimpleName(), idOf(payload, "childId"), idOf(payload, "referralId"),
                error, letter.cause().isEmpty(), letter.enqueuedAt(), letter.lastTouched());
    }

    /** The error's own message on one line, without the exception's class or a stack trace. */
    static String plainWords(Cause cause) {
        String message = cause.message() == null ? "" : cause.message().strip();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline).strip();
        }
        if (message.isEmpty()) {
            String type = cause.type() == null ? "error" : cause.type().substring(cause.type().lastIndexOf('.') + 1);
            return "Failed without a message (" + type + ").";
        }
        return message.length() > 300 ? message.substring(0, 297) + "..." : message;
    }

    private static Object payloadOf(EventMessage<?> event) {
        try {
            return event.getPayload();
        } catch (RuntimeException e) {
            return null; // an event that cannot be read: shown without its child or referral
        }
    }

    private static String idOf(Object payload, String accessor) {
        if (payload == null) {
            return null;
        }
        try {
            Method m = payload.getClass().getMethod(accessor);
            Object value = m.invoke(payload);
            return value instanceof String s ? s : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
