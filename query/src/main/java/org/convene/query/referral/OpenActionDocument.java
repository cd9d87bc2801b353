package org.convene.query.referral;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An open action, keyed by action id; deleted when done, so the collection holds only open ones.
 * {@code childIds} are the referral's children when the action was agreed (merges are followed on read).
 */
@Document(OpenActionDocument.COLLECTION)
record OpenActionDocument(@Id String actionId, String referralId, String description, String ownerAgencyId,
                          LocalDate dueDate, String decisionId, List<String> childIds) {

    OpenActionDocument {
        childIds = childIds == null ? List.of() : List.copyOf(childIds);
    }

    static final String COLLECTION = "open_actions";
}
