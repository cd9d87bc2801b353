package org.convene.query.audit;

import java.time.Instant;

import org.convene.query.audit.api.AccessPurpose;
import org.convene.query.audit.api.AccessedRecord;
import org.convene.query.audit.api.RecordAccess;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One opening of a child's record ({@code access_log}, one document per access, keyed by the
 * access id and indexed by child, user and time). Documents are only ever inserted, so the log can
 * grow for years without any document growing with it, and two people opening the same record at
 * once are two inserts. Not a projection: it is not rebuilt from events and a projection reset
 * never touches it.
 */
@Document(AccessLogDocument.COLLECTION)
class AccessLogDocument {

    static final String COLLECTION = "access_log";

    @Id
    String accessId;
    String childId;
    Instant openedAt;
    String userId;
    String agencyId;
    AccessPurpose purpose;
    AccessedRecord record;

    static AccessLogDocument of(RecordAccess access) {
        AccessLogDocument document = new AccessLogDocument();
        document.accessId = access.accessId();
        document.childId = access.childId();
        document.openedAt = access.openedAt();
        document.userId = access.userId();
        document.agencyId = access.agencyId();
        document.purpose = access.purpose();
        document.record = access.record();
        return document;
    }

    RecordAccess toAccess() {
        return new RecordAccess(accessId, childId, openedAt, userId, agencyId, purpose, record);
    }
}
