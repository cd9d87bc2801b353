package org.convene.query.live;

import java.util.function.Predicate;
import java.util.function.Supplier;

import org.axonframework.queryhandling.QueryUpdateEmitter;

/**
 * Sends a projection's update to the screens watching it (subscription queries), building the
 * update only if a screen of that kind is open. Building an update often reads more of the read
 * model (children's names, overdue actions); during a rebuild, a catch-up or a night with nobody
 * logged in, nobody is watching, and that work would be thrown away (decision 0016).
 */
public final class LiveUpdates {

    private LiveUpdates() {
    }

    /** Whether any open subscription query is of this type. */
    public static boolean watched(QueryUpdateEmitter emitter, Class<?> queryType) {
        return emitter.activeSubscriptions().stream().anyMatch(s -> queryType.isInstance(s.getPayload()));
    }

    /** Emits the update built by {@code update} to the subscriptions of {@code queryType} that {@code filter} accepts. */
    public static <Q, U> void emit(QueryUpdateEmitter emitter, Class<Q> queryType, Predicate<? super Q> filter,
                                   Supplier<U> update) {
        if (watched(emitter, queryType)) {
            emitter.emit(queryType, filter::test, update.get());
        }
    }
}
