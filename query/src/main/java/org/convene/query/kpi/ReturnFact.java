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
    private final transient UkDate returnedOn = new UkDate();

    /** The UK date of the return. */
    LocalDate returnedOn() {
        return returnedOn.of(returnedAt);
    }
}
