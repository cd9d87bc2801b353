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

    /** The chair of the exploitation panel, of children's social care. */
    public static final MetaData PANEL_CHAIR = actor("panel.chair", "northshire-csc");
    /** {@link #PANEL_CHAIR} as recorded on the events. */
    public static final RecordedBy PANEL_CHAIR_BY = new RecordedBy("panel.chair", "northshire-csc");
    /** The return-interview worker of the Safe Steps charity. */
    public static final MetaData RETURN_WORKER = actor("return.worker", "safe-steps");
    /** {@link #RETURN_WORKER} as recorded on the events. */
    public static final RecordedBy RETURN_WORKER_BY = new RecordedBy("return.worker", "safe-steps");

    private TestActors() {
    }

    /** A command sent by this user of this agency. */
    public static MetaData actor(String user, String agency) {
        return MetaData.from(Map.of(MessageMetaData.USER_ID, user, MessageMetaData.AGENCY_ID, agency));
    }
}
