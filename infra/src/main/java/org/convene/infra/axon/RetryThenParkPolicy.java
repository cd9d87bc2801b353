package org.convene.infra.axon;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * When a processor's handler fails on an event: the first {@code attempts - 1} times the failure is
 * passed on, so the processor rolls its batch back and tries again after Axon's growing wait (1 s,
 * 2 s, 4 s … at most 60 s): a passing fault (the store briefly unreachable) heals by itself. After
 * the last attempt the event becomes a dead letter. A dead letter that fails again when an
 * administrator retries it stays in the queue (with the new error).
 */
final class RetryThenParkPolicy implements EnqueuePolicy<EventMessage<?>> {

    private final int attempts;
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();

    RetryThenParkPolicy(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("convene.dead-letters.attempts must be at least 1");
        }
        this.attempts = attempts;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        boolean inProcessorBatch = CurrentUnitOfWork.isStarted()
                && CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?>;
        if (inProcessorBatch) {
            String eventId = letter.message().getIdentifier();
            int failed = failures.merge(eventId, 1, Integer::sum);
            if (failed < attempts) {
                throw new RetryingFailedEvent(failed, attempts, cause);
            }
            failures.remove(eventId);
        }
        return Decisions.enqueue(ThrowableCause.truncated(cause));
    }

    /** The batch is rolled back and handled again after the processor's wait. */
    static final class RetryingFailedEvent extends RuntimeException {
        RetryingFailedEvent(int failed, int attempts, Throwable cause) {
            super("Attempt " + failed + " of " + attempts + " failed; the processor tries the batch again", cause);
        }
    }
}
