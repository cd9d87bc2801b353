package org.convene.query.child;

import java.time.LocalDate;
import java.util.List;

import org.convene.coordination.child.api.AgencyIdentifier;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A child's record, keyed by child id. {@code mergedInto} is set once the record was merged away. */
@Document(ChildDocument.COLLECTION)
record ChildDocument(
        @Id String childId,
        String fullName,
        LocalDate dateOfBirth,
        boolean dateOfBirthIsExpected,
        String sexCode,
        String ethnicityCode,
        String locality,
        List<AgencyIdentifier> identifiers,
        boolean lookedAfter,
        List<String> mergedChildIds,
        String mergedInto) {

    static final String COLLECTION = "children";

    ChildDocument withMergedChild(String duplicateId) {
        if (mergedChildIds.contains(duplicateId)) {
            return this;
        }
        List<String> merged = new java.util.ArrayList<>(mergedChildIds);
        merged.add(duplicateId);
        return new ChildDocument(childId, fullName, dateOfBirth, dateOfBirthIsExpected, sexCode, ethnicityCode,
                locality, identifiers, lookedAfter, List.copyOf(merged), mergedInto);
    }

    ChildDocument mergedInto(String survivingChildId) {
        return new ChildDocument(childId, fullName, dateOfBirth, dateOfBirthIsExpected, sexCode, ethnicityCode,
                locality, identifiers, lookedAfter, mergedChildIds, survivingChildId);
    }
}
