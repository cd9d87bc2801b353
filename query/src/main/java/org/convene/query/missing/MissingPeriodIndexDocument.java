package org.convene.query.missing;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The export's index, so that a return reads only the episodes it may need, by {@code _id}:
 * one document per calendar month ({@code _id} "2026-03", UK dates) listing the episodes that were
 * under way in that month (every month from the start month to the return month), and one document
 * {@code _id} "open" listing the episodes not yet ended.
 */
@Document(MissingPeriodIndexDocument.COLLECTION)
record MissingPeriodIndexDocument(@Id String key, List<String> episodeIds) {

    static final String COLLECTION = "missing_period_index";
    static final String OPEN = "open";
}
