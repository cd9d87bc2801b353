package org.convene.query.kpi.api;

import java.time.LocalDate;

/**
 * A record behind a figure: a referral ({@code kind} "referral") or a missing episode
 * ("episode"), the child's current record id, the date that placed it in the period, whether it
 * counts in the numerator, and a short description.
 */
public record KpiRecord(String kind, String recordId, String childId, LocalDate date, boolean counted,
                        String detail) {
}
