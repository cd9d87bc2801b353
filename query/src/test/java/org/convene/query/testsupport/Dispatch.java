package org.convene.query.testsupport;

import java.util.IdentityHashMap;
import java.util.Map;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
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
        deliver(messageOf(event), projections);
    }

    /** Delivers an event as its aggregate's event number {@code sequence}, as the event store does. */
    public static void asEventOf(String aggregateId, long sequence, Object event, Object... projections) {
        deliver(new GenericDomainEventMessage<>(event.getClass().getSimpleName(), aggregateId, sequence, event),
                projections);
    }

    private static void deliver(EventMessage<?> message, Object... projections) {
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
