package org.convene.query.audit.api;

import java.time.Instant;

/** One opening of a child's record: who (user and agency), when, why, and what they opened. */
public record RecordAccess(String accessId, String childId, Instant openedAt, String userId, String agencyId,
                           AccessPurpose purpose, AccessedRecord record) {
}
