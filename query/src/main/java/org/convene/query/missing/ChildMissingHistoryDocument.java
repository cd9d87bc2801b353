package org.convene.query.missing;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The episodes reported for one child id (as named by the events), so that a child's history is
 * one {@code _id} read per record (the child's and any merged duplicates') plus one per episode.
 */
@Document(ChildMissingHistoryDocument.COLLECTION)
record ChildMissingHistoryDocument(@Id String childId, List<String> episodeIds) {

    static final String COLLECTION = "missing_child_history";
}
