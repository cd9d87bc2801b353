package org.convene.infra.history;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.convene.coordination.referral.api.ReferralReceivedEvent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the first release's {@code ReferralRecordedEvent} (one child by name and date of birth, no
 * child record) as a revision-2 {@link ReferralReceivedEvent}, so the aggregate and the projections
 * handle one event. Works on the stored JSON: the old class no longer exists (decision 0027). What
 * the old event did not have gets what its handlers assumed: no child records, no incident date,
 * adults, concerns, DASH level or source reference.
 */
final class ReferralRecordedEventUpcaster extends SingleEventUpcaster {

    static final String FIRST_RELEASE_TYPE = "org.convene.coordination.referral.api.ReferralRecordedEvent";
    private static final SerializedType RECEIVED = new SimpleSerializedType(ReferralReceivedEvent.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().getName().equals(FIRST_RELEASE_TYPE);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(RECEIVED, JsonNode.class, stored -> received((ObjectNode) stored));
    }

    private static JsonNode received(ObjectNode recorded) {
        ObjectNode received = recorded.objectNode();
        received.set("referralId", recorded.get("referralId"));
        received.set("receivedAt", recorded.get("receivedAt"));
        received.set("sourceCode", recorded.get("sourceCode"));
        received.set("type", recorded.get("type"));
        received.putNull("incidentDate");
        received.putArray("childIds");
        received.putArray("childrenWithoutRecord").addObject()
                .<ObjectNode>set("fullName", recorded.get("childName"))
                .set("dateOfBirth", recorded.get("childDateOfBirth"));
        received.putArray("adults");
        received.putArray("concernCodes");
        received.putNull("dashLevel");
        received.set("narrative", recorded.get("narrative"));
        received.set("urgent", recorded.get("urgent"));
        received.putNull("externalReference");
        received.set("recordedBy", recorded.get("recordedBy"));
        received.set("recordedAt", recorded.get("recordedAt"));
        return received;
    }
}
