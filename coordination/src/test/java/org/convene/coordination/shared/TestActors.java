package org.convene.coordination.shared;

import java.util.Map;

import org.axonframework.messaging.MetaData;
import org.convene.coordination.shared.api.MessageMetaData;
import org.convene.coordination.shared.api.RecordedBy;

/** Who sends a command in write-side tests: the metadata the application attaches for a signed-in user. */
public final class TestActors {

    /** The police force's screener, who reports missing episodes and sends referrals in most tests. */
    public static final MetaData POLICE_SCREENER = actor("police.screener", "northshire-police");
    /** {@link #POLICE_SCREENER} as recorded on the events. */
    public static final RecordedBy POLICE_SCREENER_BY = new RecordedBy("police.screener", "northshire-police");

    private TestActors() {
    }

    /** A command sent by this user of this agency. */
    public static MetaData actor(String user, String agency) {
        return MetaData.from(Map.of(MessageMetaData.USER_ID, user, MessageMetaData.AGENCY_ID, agency));
    }
}
