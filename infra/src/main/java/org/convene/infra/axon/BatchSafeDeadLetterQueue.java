package org.convene.infra.axon;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.DeadLetterQueueOverflowException;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.NoSuchDeadLetterException;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A processing group's dead-letter queue (Axon's {@link SequencedDeadLetterQueue}, stored in MongoDB)
 * that keeps a failed event's half-done work out of its batch (decision 0018).
 *
 * <p>A tracking processor handles up to 200 events in one unit of work, and some projections keep
 * the documents they change in that unit of work and write them once after its last event
 * ({@code BatchedDocuments}, the KPI months). Axon's dead-lettering invoker catches a failing
 * handler and goes on with the next event, so whatever the failing handler had already changed in
 * those documents would be written with the batch. Here a failure inside a batch is not stored at
 * once: the event is set aside in memory, the rest of the batch is still handled (to find any
 * other failing event), and before the batch's last event the whole batch is rolled back
 * ({@link BatchRolledBackForDeadLetter}): nothing is written and the processor's position is not
 * moved. The processor then handles the same events again (Axon's retry); when it reaches an event
 * set aside, that event is stored as a dead letter instead of being handled, in the order of the
 * stream, and the events after it in its sequence follow it into the queue. The batch then commits.
 *
 * <p>Outside a batch (retrying dead letters, which handles one event per unit of work) it is the
 * plain queue.
 */
final class BatchSafeDeadLetterQueue implements SequencedDeadLetterQueue<EventMessage<?>> {

    private static final String BATCH_STATE = BatchSafeDeadLetterQueue.class.getName() + ".batch.";

    private final String processingGroup;
    private final SequencedDeadLetterQueue<EventMessage<?>> queue;
    /** Events whose handling failed in a batch that was rolled back, by event id, until the batch is handled again. */
    private final Map<String, SetAside> setAside = new ConcurrentHashMap<>();

    private record SetAside(Object sequenceIdentifier, DeadLetter<? extends EventMessage<?>> letter) {
    }

    BatchSafeDeadLetterQueue(String processingGroup, SequencedDeadLetterQueue<EventMessage<?>> queue) {
        this.processingGroup = processingGroup;
        this.queue = queue;
    }

    /** The queue this one writes to (Axon's MongoDB queue). */
    SequencedDeadLetterQueue<EventMessage<?>> delegate() {
        return queue;
    }

    /** Called by the dead-lettering invoker when an event's handler failed. */
    @Override
    public void enqueue(Object sequenceIdentifier, DeadLetter<? extends EventMessage<?>> letter)
            throws DeadLetterQueueOverflowException {
        BatchingUnitOfWork<?> batch = currentBatch();
        if (batch == null) {
            queue.enqueue(sequenceIdentifier, letter);
            return;
        }
        setAside.put(letter.message().getIdentifier(), new SetAside(sequenceIdentifier, letter));
        state(batch).failed.add(sequenceIdentifier);
        if (batch.isLastMessage()) {
            throw new BatchRolledBackForDeadLetter(processingGroup, letter.message());
        }
    }

    /** Called by the dead-lettering invoker before it hands an event to the handlers. */
    @Override
    public boolean enqueueIfPresent(Object sequenceIdentifier,
                                    Supplier<DeadLetter<? extends EventMessage<?>>> letterBuilder)
            throws DeadLetterQueueOverflowException {
        BatchingUnitOfWork<?> batch = currentBatch();
        BatchState state = batch == null ? null : state(batch);
        if (state != null && state.failed.contains(sequenceIdentifier)) {
            // an earlier event of this sequence failed in this batch, which will be rolled back: skip it now
            return true;
        }
        DeadLetter<? extends EventMessage<?>> letter = null;
        if (!setAside.isEmpty()) {
            letter = letterBuilder.get();
            SetAside failed = setAside.remove(letter.message().getIdentifier());
            if (failed != null) {
                park(state, failed.sequenceIdentifier(), failed.letter());
                return true;
            }
        }
        if (state != null && state.emptyAtStart && !state.parked.contains(sequenceIdentifier)) {
            return false; // nothing parked for this group: no query per event
        }
        if (!queue.contains(sequenceIdentifier)) {
            return false;
        }
        if (letter == null) {
            letter = letterBuilder.get();
        }
        if (!alreadyParked(sequenceIdentifier, letter.message().getIdentifier())) {
            // (parked already when a batch that stored it was not committed, e.g. the process stopped)
            park(state, sequenceIdentifier, letter);
        }
        return true;
    }

    private void park(BatchState state, Object sequenceIdentifier, DeadLetter<? extends EventMessage<?>> letter) {
        queue.enqueue(sequenceIdentifier, letter);
        if (state != null) {
            state.parked.add(sequenceIdentifier);
        }
    }

    private boolean alreadyParked(Object sequenceIdentifier, String eventId) {
        for (DeadLetter<? extends EventMessage<?>> parked : queue.deadLetterSequence(sequenceIdentifier)) {
            if (parked.message().getIdentifier().equals(eventId)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void evict(DeadLetter<? extends EventMessage<?>> letter) {
        queue.evict(letter);
    }

    @Override
    public void requeue(DeadLetter<? extends EventMessage<?>> letter,
                        UnaryOperator<DeadLetter<? extends EventMessage<?>>> letterUpdater)
            throws NoSuchDeadLetterException {
        queue.requeue(letter, letterUpdater);
    }

    @Override
    public boolean contains(Object sequenceIdentifier) {
        return queue.contains(sequenceIdentifier);
    }

    @Override
    public Iterable<DeadLetter<? extends EventMessage<?>>> deadLetterSequence(Object sequenceIdentifier) {
        return queue.deadLetterSequence(sequenceIdentifier);
    }

    @Override
    public Iterable<Iterable<DeadLetter<? extends EventMessage<?>>>> deadLetters() {
        return queue.deadLetters();
    }

    @Override
    public boolean isFull(Object sequenceIdentifier) {
        return queue.isFull(sequenceIdentifier);
    }

    @Override
    public long size() {
        return queue.size();
    }

    @Override
    public long sequenceSize(Object sequenceIdentifier) {
        return queue.sequenceSize(sequenceIdentifier);
    }

    @Override
    public long amountOfSequences() {
        return queue.amountOfSequences();
    }

    @Override
    public boolean process(Predicate<DeadLetter<? extends EventMessage<?>>> sequenceFilter,
                           Function<DeadLetter<? extends EventMessage<?>>, EnqueueDecision<EventMessage<?>>> processingTask) {
        return queue.process(sequenceFilter, processingTask);
    }

    /** Removes every dead letter of the group (a rebuild handles their events again). */
    @Override
    public void clear() {
        setAside.clear();
        queue.clear();
    }

    /**
     * Registered on every processor: before the last event of a batch in which an event failed,
     * rolls the batch back (so that no document changed in the batch is written).
     */
    static MessageHandlerInterceptor<EventMessage<?>> rollBackABatchWithAFailedEvent(String processorName) {
        return new MessageHandlerInterceptor<>() {
            @Override
            public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork,
                                 InterceptorChain interceptorChain) throws Exception {
                if (unitOfWork instanceof BatchingUnitOfWork<?> batch && batch.isLastMessage()) {
                    // (a processor is named after its processing group; Convene gives each processor one group)
                    BatchState state = batch.getResource(BATCH_STATE + processorName);
                    if (state != null && !state.failed.isEmpty()) {
                        throw new BatchRolledBackForDeadLetter(processorName, unitOfWork.getMessage());
                    }
                }
                return interceptorChain.proceed();
            }
        };
    }

    private static BatchingUnitOfWork<?> currentBatch() {
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch) {
            return batch;
        }
        return null;
    }

    /**
     * What this queue knows within one batch: whether the group had no dead letters when the batch
     * began (then only sequences parked in this batch need a query: one count per batch instead of
     * one per event; only the processor that owns the group adds dead letters, and retries and
     * removals only take them away), the sequences parked in it, and those that failed in it.
     */
    private BatchState state(BatchingUnitOfWork<?> batch) {
        return batch.getOrComputeResource(BATCH_STATE + processingGroup, key -> new BatchState(queue.size() == 0));
    }

    private static final class BatchState {
        final boolean emptyAtStart;
        final Set<Object> parked = new HashSet<>();
        final Set<Object> failed = new HashSet<>();

        BatchState(boolean emptyAtStart) {
            this.emptyAtStart = emptyAtStart;
        }
    }

    /**
     * Thrown to roll a batch back because one of its events failed: the processor handles the batch
     * again after a short wait, and the failed event then goes to the dead-letter queue.
     */
    static final class BatchRolledBackForDeadLetter extends RuntimeException {
        BatchRolledBackForDeadLetter(String processingGroup, EventMessage<?> event) {
            super("An event failed in processing group " + processingGroup + "; its batch is rolled back and "
                    + "handled again with the failed event set aside as a dead letter (last event of the batch: "
                    + event.getPayloadType().getSimpleName() + " " + event.getIdentifier() + ")", null, false, false);
        }
    }
}
