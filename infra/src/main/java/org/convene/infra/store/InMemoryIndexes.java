package org.convene.infra.store;

/**
 * Whether the embedded store answers queries from its in-memory field indexes (decision 0013). Always
 * on in the application; the benchmark turns it off for a moment to measure, in the same process and
 * store, what the indexes save (idle CPU with and without them).
 */
public final class InMemoryIndexes {

    private static volatile boolean enabled = true;

    private InMemoryIndexes() {
    }

    public static boolean enabled() {
        return enabled;
    }

    /** For measurements only: with {@code false} every query reads the whole collection, as without indexes. */
    public static void enableForMeasurement(boolean on) {
        enabled = on;
    }
}
