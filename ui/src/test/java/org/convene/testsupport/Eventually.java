package org.convene.testsupport;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for an asynchronous projection to show something, failing with the last value seen. */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T await(Supplier<T> probe, java.util.function.Predicate<T> done, Duration timeout)
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
}
