package org.convene.query.referral;

import java.time.Instant;
import java.time.LocalDate;

import org.convene.coordination.referral.api.ReferralType;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Read model row of the referral list, keyed by referral id so a replayed event overwrites itself. */
@Document(ReferralListDocument.COLLECTION)
record ReferralListDocument(
        @Id String referralId,
        Instant receivedAt,
        String sourceCode,
        ReferralType type,
        String childName,
        LocalDate childDateOfBirth,
        boolean urgent,
        String recordedByUser,
        String recordedByAgency,
        Instant recordedAt) {

    static final String COLLECTION = "referral_list";
}
