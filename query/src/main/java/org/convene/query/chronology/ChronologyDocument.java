package org.convene.query.chronology;

import java.util.ArrayList;
import java.util.List;

import org.convene.query.chronology.api.ChronologyEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One child's chronology, keyed by child id; entries are appended (replaced when their id is seen
 * again, so a redelivered event adds nothing) and sorted on read. A merged-away record's document
 * points at the surviving record ({@code mergedInto}); its entries were copied there.
 */
@Document(ChronologyDocument.COLLECTION)
class ChronologyDocument {

    static final String COLLECTION = "chronologies";

    @Id
    String childId;
    String mergedInto;
    List<ChronologyEntry> entries = new ArrayList<>();

    /** Adds the entry, or replaces the one with the same id. */
    void put(ChronologyEntry entry) {
        List<ChronologyEntry> updated = new ArrayList<>(entries);
        updated.removeIf(e -> e.entryId().equals(entry.entryId()));
        updated.add(entry);
        entries = updated;
    }
}
