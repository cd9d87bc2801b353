package org.convene.query.chronology;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the chronology needs to know about a referral to file its later events: the children it
 * names, and each agreed action's description and owner agency (for the "action done" line).
 */
@Document(ChronologyReferralDocument.COLLECTION)
record ChronologyReferralDocument(@Id String referralId, List<String> childIds, List<Action> actions) {

    static final String COLLECTION = "chronology_referrals";

    record Action(String actionId, String description, String ownerAgencyId) {
    }
}
