package org.convene.query.referral;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An open action, keyed by action id; deleted when done, so the collection holds only open ones. */
@Document(OpenActionDocument.COLLECTION)
record OpenActionDocument(@Id String actionId, String referralId, String description, String ownerAgencyId,
                          LocalDate dueDate, String decisionId) {

    static final String COLLECTION = "open_actions";
}
