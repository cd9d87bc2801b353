package org.convene.query.panel;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** When each referral about a child was received, for the third-referral drift flag. */
@Document(PanelChildReferralsDocument.COLLECTION)
record PanelChildReferralsDocument(@Id String childId, List<Received> referrals) {

    static final String COLLECTION = "panel_child_referrals";

    record Received(String referralId, Instant receivedAt) {
    }
}
