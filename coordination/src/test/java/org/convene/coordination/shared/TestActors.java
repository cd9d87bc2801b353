package org.convene.coordination.shared;

import java.util.Map;

import org.axonframework.messaging.MetaData;
import org.convene.coordination.shared.api.MessageMetaData;

/** Who sends a command in write-side tests: the metadata the application attaches for a signed-in user. */
public final class TestActors {

    private TestActors() {
    }

    /** A command sent by this user of this agency. */
    public static MetaData actor(String user, String agency) {
        return MetaData.from(Map.of(MessageMetaData.USER_ID, user, MessageMetaData.AGENCY_ID, agency));
    }
}
