package org.convene.query.missing.api;

import java.time.LocalDate;
import java.util.List;

/** Rows of the SSDA903 missing table and of Annex A list 8 for a period. */
public record MissingExport(LocalDate from, LocalDate to, List<Ssda903MissingRow> ssda903,
                            List<AnnexAList8Row> annexA) {

    /** CHILD, DOB, MISSING (M/A), MIS_START, MIS_END (blank while open). */
    public record Ssda903MissingRow(String child, LocalDate dob, String missing, LocalDate misStart,
                                    LocalDate misEnd) {
    }

    /**
     * One child with missing or away episodes in the period: counts, and whether a return interview
     * was offered / accepted after the last missing episode (Y/N).
     */
    public record AnnexAList8Row(String child, LocalDate dob, int missingEpisodes, int awayEpisodes,
                                 String interviewOfferedAfterLast, String interviewAcceptedAfterLast) {
    }
}
