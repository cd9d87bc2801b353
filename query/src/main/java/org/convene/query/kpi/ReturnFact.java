package org.convene.query.kpi;

import java.time.Instant;

/** A return from a missing episode, filed under the month of the return (UK date of {@code returnedAt}). */
class ReturnFact {

    String episodeId;
    String childId;
    String sex;
    String ethnicity;
    String locality;
    Instant returnedAt;
    /** The first offer of a return interview. */
    Instant offeredAt;
    String outcome;
    Instant outcomeAt;
    private transient java.time.LocalDate returnedOn;

    /** The UK date of the return (computed once). */
    java.time.LocalDate returnedOn() {
        if (returnedOn == null) {
            returnedOn = KpiProjection.ukDate(returnedAt);
        }
        return returnedOn;
    }

    void copyAttributes(KpiChildDocument child) {
        this.childId = child.childId;
        this.sex = child.sex;
        this.ethnicity = child.ethnicity;
        this.locality = child.locality;
    }
}
