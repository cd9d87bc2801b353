package org.convene.query.audit;

import java.util.ArrayList;
import java.util.List;

import org.convene.query.audit.api.RecordAccess;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The access log of one child record ({@code access_log}, keyed by the child id that was opened).
 * Entries are only ever added, with an atomic {@code $push}, so two people opening the record at
 * the same moment both get logged. Not a projection: it is not rebuilt from events and a
 * projection reset never touches it.
 */
@Document(AccessLogDocument.COLLECTION)
class AccessLogDocument {

    static final String COLLECTION = "access_log";

    @Id
    String childId;
    List<RecordAccess> entries = new ArrayList<>();
}
