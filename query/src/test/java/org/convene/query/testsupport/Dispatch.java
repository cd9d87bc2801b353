package org.convene.query.testsupport;

import java.util.IdentityHashMap;
import java.util.Map;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;

/**
 * Delivers an event to projections through Axon's own annotation handling (so parameters such as
 * {@code @MessageIdentifier} resolve as in the application). The same event object always travels
 * in the same message, with the same identifier: delivering it twice is a redelivery.
 */
public final class Dispatch {

    private static final Map<Object, EventMessage<?>> MESSAGES = new IdentityHashMap<>();

    private Dispatch() {
    }

    public static synchronized EventMessage<?> messageOf(Object event) {
        return MESSAGES.computeIfAbsent(event, GenericEventMessage::asEventMessage);
    }

    public static void to(Object event, Object... projections) {
        EventMessage<?> message = messageOf(event);
        for (Object projection : projections) {
            AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(projection);
            try {
                if (adapter.canHandle(message)) {
                    adapter.handle(message);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
