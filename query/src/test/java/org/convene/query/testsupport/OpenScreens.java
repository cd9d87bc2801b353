package org.convene.query.testsupport;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.mockito.ArgumentCaptor;

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

    /** The updates of this type sent to the screens showing {@code queryType}, in order; at least one. */
    public static <Q, U> List<U> updates(QueryUpdateEmitter emitter, Class<Q> queryType, Class<U> updateType) {
        ArgumentCaptor<U> updates = ArgumentCaptor.forClass(updateType);
        verify(emitter, atLeastOnce()).emit(eq(queryType), any(), updates.capture());
        return updates.getAllValues();
    }
}
