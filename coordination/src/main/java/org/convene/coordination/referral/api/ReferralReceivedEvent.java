package org.convene.coordination.referral.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.convene.coordination.shared.api.RecordedBy;

/**
 * A referral was received about registered children. Permanent. (The first slice's
 * {@link ReferralRecordedEvent}, naming one unregistered child, stays readable.)
 */
public record ReferralReceivedEvent(
        String referralId,
        Instant receivedAt,
        String sourceCode,
        ReferralType type,
        LocalDate incidentDate,
        List<String> childIds,
        List<InvolvedAdult> adults,
        List<String> concernCodes,
        DashLevel dashLevel,
        String narrative,
        boolean urgent,
        String externalReference,
        RecordedBy recordedBy,
        Instant recordedAt) {
}
