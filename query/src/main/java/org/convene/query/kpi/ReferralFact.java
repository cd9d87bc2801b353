package org.convene.query.kpi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One referral received, as the KPIs need it (a row of a {@link ReferralMonthDocument}). */
class ReferralFact {

    String referralId;
    Instant receivedAt;
    String sourceCode;
    String type;
    String dash;
    boolean urgent;
    /** When the first screening decision was recorded; null while undecided. */
    Instant decidedAt;
    /** The response of the latest decision (a revision replaces it). */
    String response;
    Instant responseAt;
    boolean withdrawn;
    List<ChildFact> children = new ArrayList<>();
    private final transient UkDate receivedOn = new UkDate();

    /** The UK date of receipt. */
    java.time.LocalDate receivedOn() {
        return receivedOn.of(receivedAt);
    }

    /** A child named by the referral: the current record's id and attributes, and the re-referral flag. */
    static class ChildFact extends ChildAttributes {
        boolean reReferral;

        ChildFact() {
        }

        ChildFact(KpiChildDocument child) {
            copyAttributes(child);
        }
    }
}
