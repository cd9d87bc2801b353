package org.convene.query.chronology.api;

import java.time.Instant;

/**
 * One line of a chronology.
 *
 * @param occurredAt when it happened (e.g. the referral's receipt)
 * @param recordedAt when it was recorded in Convene
 * @param kind       REFERRAL, CONTRIBUTION, DECISION, DECISION_REVISED, ACTION_AGREED, ACTION_DONE, WITHDRAWN,
 *                   RECORD_MERGED, MISSING_REPORTED, MISSING_RISK_REASSESSED, MISSING_RETURNED,
 *                   RETURN_INTERVIEW_OFFERED, RETURN_INTERVIEW_OUTCOME, RETURN_INTERVIEW_OVERDUE,
 *                   EXPLOITATION_PANEL_FLAG
 * @param agencyId   the agency the entry comes from (null for what the system recorded, e.g. an overdue interview)
 */
public record ChronologyEntry(String entryId, String childId, Instant occurredAt, Instant recordedAt, String kind,
                              String summary, String agencyId, String referralId, boolean key) {
}
