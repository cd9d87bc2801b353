package org.convene.infra.operations;

import java.time.Instant;

/**
 * One event that a part of Convene could not handle and has set aside (a dead letter), as an
 * administrator sees it.
 *
 * @param processingGroup the part of Convene (its processing group, e.g. "chronology")
 * @param sequenceId      the child (or, for events about no single child, the record) whose later
 *                        events wait behind this one in that part
 * @param position        its place in that sequence (0 = the first, which failed)
 * @param eventId         the event's id in the event store
 * @param eventType       the event's type, e.g. "ChildRegisteredEvent"
 * @param childId         the child the event is about, where it names one
 * @param referralId      the referral the event is about, where it names one
 * @param error           what went wrong, in one line (no stack trace); for a later event of the
 *                        sequence, that it waits behind an earlier one
 * @param waiting         true when this event did not fail itself but waits behind an earlier one
 * @param firstAttempt    when it was set aside
 * @param lastAttempt     when it was last tried (or set aside)
 */
public record DeadLetterSummary(String processingGroup, String sequenceId, long position, String eventId,
                                String eventType, String childId, String referralId, String error,
                                boolean waiting, Instant firstAttempt, Instant lastAttempt) {
}
