package org.convene.query.chronology.api;

import java.time.Instant;

/**
 * One line of a chronology.
 *
 * @param occurredAt when it happened (e.g. the referral's receipt)
 * @param recordedAt when it was recorded in Convene
 * @param kind       REFERRAL, CONTRIBUTION, DECISION, DECISION_REVISED, ACTION_AGREED, ACTION_DONE, WITHDRAWN,
 *                   RECORD_MERGED
 * @param agencyId   the agency the entry comes from
 */
public record ChronologyEntry(String entryId, String childId, Instant occurredAt, Instant recordedAt, String kind,
                              String summary, String agencyId, String referralId, boolean key) {
}
