package org.convene.query.kpi;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where a referral's or episode's facts are filed, so that later events (decisions, returns,
 * interviews) find their month document by {@code _id}: {@code _id} "referral:&lt;id&gt;" or
 * "episode:&lt;id&gt;".
 */
@Document(KpiLocatorDocument.COLLECTION)
class KpiLocatorDocument {

    static final String COLLECTION = "kpi_locators";

    @Id
    String key;
    /** The month the referral was received or the episode started. */
    String month;
    /** The month of the episode's return, once returned. */
    String returnMonth;
}
