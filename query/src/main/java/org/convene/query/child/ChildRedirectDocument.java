package org.convene.query.child;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A merged-away record points at the record it was merged into; looked up by its own id. */
@Document(ChildRedirectDocument.COLLECTION)
record ChildRedirectDocument(@Id String duplicateChildId, String survivingChildId) {

    static final String COLLECTION = "child_redirects";
}
