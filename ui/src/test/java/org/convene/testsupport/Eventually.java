package org.convene.testsupport;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** Waits for an asynchronous projection to show something, failing with the last value seen. */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T await(Supplier<T> probe, Predicate<T> done, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within " + timeout + "; last value: " + last);
            }
            Thread.sleep(50);
            last = probe.get();
        }
        return last;
    }

    /**
     * Asks the query until its answer is {@code done} (a failed or unanswered query counts as no
     * answer, null), as the user the caller runs as.
     */
    public static <T> T answer(QueryGateway queries, Object query, Class<T> type, Predicate<T> done,
                               Duration timeout) throws InterruptedException {
        return await(() -> {
            try {
                return queries.query(query, ResponseTypes.instanceOf(type)).get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                return null;
            }
        }, done, timeout);
    }
}
