package org.convene.query.testsupport;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;

/**
 * Screens open on a mocked update emitter: projections build and send live updates only for the
 * kinds of query someone is watching ({@code LiveUpdates}).
 */
public final class OpenScreens {

    private OpenScreens() {
    }

    /** Makes {@code emitter} report one open subscription of each of these query types. */
    public static QueryUpdateEmitter watching(QueryUpdateEmitter emitter, Class<?>... queryTypes) {
        Set<SubscriptionQueryMessage<?, ?, ?>> open = Arrays.stream(queryTypes)
                .map(type -> new GenericSubscriptionQueryMessage<>(mock(type), ResponseTypes.instanceOf(Object.class),
                        ResponseTypes.instanceOf(Object.class)))
                .collect(Collectors.toSet());
        when(emitter.activeSubscriptions()).thenReturn(open);
        return emitter;
    }
}
