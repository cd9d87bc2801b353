package org.convene.infra.history;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.convene.coordination.referral.api.ReferralReceivedEvent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Revision 1 (stored without a revision) of {@link ReferralReceivedEvent} to revision 2: a referral
 * received before revision 2 named registered children only, so its {@code childrenWithoutRecord}
 * is empty (decision 0027).
 */
final class ReferralReceivedEventUpcaster extends SingleEventUpcaster {

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().getName().equals(ReferralReceivedEvent.class.getName())
                && representation.getType().getRevision() == null;
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(ReferralReceivedEvent.class.getName(), "2"),
                JsonNode.class, stored -> {
                    ObjectNode received = (ObjectNode) stored;
                    received.putArray("childrenWithoutRecord");
                    return received;
                });
    }
}
