package org.convene.query.kpi;

import java.time.Instant;
import java.time.LocalDate;

/** A fact's UK date, computed once: a dashboard compares it with the dates of 13 periods. */
final class UkDate {

    private LocalDate date;

    LocalDate of(Instant at) {
        if (date == null) {
            date = KpiProjection.ukDate(at);
        }
        return date;
    }
}
