package org.convene.query.kpi;

import java.time.Instant;
import java.time.LocalDate;

/** A return from a missing episode, filed under the month of the return (UK date of {@code returnedAt}). */
class ReturnFact extends ChildAttributes {

    String episodeId;
    Instant returnedAt;
    /** The first offer of a return interview. */
    Instant offeredAt;
    String outcome;
    Instant outcomeAt;
    private transient LocalDate returnedOn;

    /** The UK date of the return (computed once). */
    LocalDate returnedOn() {
        if (returnedOn == null) {
            returnedOn = KpiProjection.ukDate(returnedAt);
        }
        return returnedOn;
    }
}
