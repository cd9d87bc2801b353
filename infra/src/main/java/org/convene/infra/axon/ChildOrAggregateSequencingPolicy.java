package org.convene.infra.axon;

import java.lang.reflect.Method;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;

/**
 * Which events wait behind a dead letter (decision 0018): those about the same child where the
 * event names one child (a {@code childId()} on its payload: missing episodes, returns, panel
 * records, child registrations), otherwise those of the same aggregate (a referral's events, a
 * merge, a panel meeting), otherwise none (an event without an aggregate). A projection that keys
 * its documents by child then never applies a child's later event before an earlier one that
 * failed, even when the two come from different aggregates (a missing episode and its return).
 *
 * <p>The processors run one segment each, so the policy only decides what a dead letter holds back.
 */
final class ChildOrAggregateSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    static final ChildOrAggregateSequencingPolicy INSTANCE = new ChildOrAggregateSequencingPolicy();

    private static final ClassValue<Optional<Method>> CHILD_ID = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            return childIdAccessor(type);
        }
    };

    private ChildOrAggregateSequencingPolicy() {
    }

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Optional<Method> accessor = CHILD_ID.get(event.getPayloadType());
        if (accessor.isPresent()) {
            Object childId = invoke(accessor.get(), event.getPayload());
            if (childId instanceof String id && !id.isBlank()) {
                return id;
            }
        }
        if (event instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null
                && domain.getType() != null) {
            return domain.getAggregateIdentifier();
        }
        return null; // Axon then uses the event's own id: nothing waits behind it
    }

    /** The payload's child id, or empty when it names no single child. */
    static Optional<String> childIdOf(Object payload) {
        if (payload == null) {
            return Optional.empty();
        }
        return CHILD_ID.get(payload.getClass()).map(m -> invoke(m, payload))
                .filter(String.class::isInstance).map(String.class::cast);
    }

    private static Optional<Method> childIdAccessor(Class<?> type) {
        try {
            Method m = type.getMethod("childId");
            return m.getReturnType() == String.class && m.getParameterCount() == 0 ? Optional.of(m) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    private static Object invoke(Method accessor, Object payload) {
        try {
            return accessor.invoke(payload);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
