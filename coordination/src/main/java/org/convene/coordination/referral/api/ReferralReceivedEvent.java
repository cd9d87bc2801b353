package org.convene.coordination.referral.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.convene.coordination.shared.api.RecordedBy;

/**
 * A referral was received about registered children. Permanent.
 *
 * <p>Revision 2 added {@code childrenWithoutRecord}: the first release's {@code ReferralRecordedEvent}
 * named one child by name and date of birth, without a child record, and is read today as this
 * event (an upcaster in {@code infra}, decision 0027); referrals received since name registered
 * children only, so the list is empty for them (revision-1 events are read with an empty list).
 */
@Revision("2")
public record ReferralReceivedEvent(
        String referralId,
        Instant receivedAt,
        String sourceCode,
        ReferralType type,
        LocalDate incidentDate,
        List<String> childIds,
        List<ChildWithoutRecord> childrenWithoutRecord,
        List<InvolvedAdult> adults,
        List<String> concernCodes,
        DashLevel dashLevel,
        String narrative,
        boolean urgent,
        String externalReference,
        RecordedBy recordedBy,
        Instant recordedAt) {

    /** Read without upcasting (a dead letter parked before revision 2): no child without a record. */
    public ReferralReceivedEvent {
        childrenWithoutRecord = childrenWithoutRecord == null ? List.of() : childrenWithoutRecord;
    }

    /** A referral about registered children only (every referral received since the first release). */
    public ReferralReceivedEvent(String referralId, Instant receivedAt, String sourceCode, ReferralType type,
                                 LocalDate incidentDate, List<String> childIds, List<InvolvedAdult> adults,
                                 List<String> concernCodes, DashLevel dashLevel, String narrative, boolean urgent,
                                 String externalReference, RecordedBy recordedBy, Instant recordedAt) {
        this(referralId, receivedAt, sourceCode, type, incidentDate, childIds, List.of(), adults, concernCodes,
                dashLevel, narrative, urgent, externalReference, recordedBy, recordedAt);
    }
}
