package org.convene.query.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.convene.coordination.referral.api.DashLevel;
import org.convene.coordination.referral.api.InvolvedAdult;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.coordination.referral.api.ScreeningDecision;
import org.convene.query.referral.api.ActionView;
import org.convene.query.referral.api.ChildRef;
import org.convene.query.referral.api.ReferralStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Everything about one referral, keyed by referral id. Children are kept as named at receipt
 * (ids, with the names of that moment) and resolved against the current child records on read.
 * Contributions are kept with the id of the event that recorded them, decisions by decision id and
 * actions by action id, so that a redelivered event is recognised and changes nothing. Every event
 * of the referral passes through here, so {@code version} is the referral's version as shown.
 */
@Document(ReferralDetailsDocument.COLLECTION)
class ReferralDetailsDocument {

    static final String COLLECTION = "referral_details";

    @Id
    String referralId;
    ReferralStatus status;
    Instant receivedAt;
    String sourceCode;
    ReferralType type;
    LocalDate incidentDate;
    List<ChildRef> children = new ArrayList<>();
    List<InvolvedAdult> adults = new ArrayList<>();
    List<String> concernCodes = new ArrayList<>();
    DashLevel dashLevel;
    String narrative;
    boolean urgent;
    String externalReference;
    String recordedByUser;
    String recordedByAgency;
    Instant recordedAt;
    List<StoredContribution> contributions = new ArrayList<>();
    List<StoredDecision> decisions = new ArrayList<>();
    List<ActionView> actions = new ArrayList<>();
    String withdrawnReason;
    /** The sequence number of the referral's latest event seen here; {@code null} in a document written before. */
    Long version;

    record StoredContribution(String eventId, String agencyId, boolean knownToAgency, String information,
                              String recordedByUser, Instant recordedAt) {
    }

    record StoredDecision(String decisionId, ScreeningDecision decision, String revisesDecisionId,
                          String revisionReason, String recordedByUser, String recordedByAgency,
                          Instant recordedAt) {
    }
}
