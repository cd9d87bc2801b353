package org.convene.intake.missing;

import java.util.List;

import org.convene.intake.referral.ImportReport.Outcome;

/**
 * What an import of a police missing-notification file did: counts, then one line per row (one
 * row is one missing episode) with its outcome and, in plain words, why.
 *
 * <p>A row is {@code RECORDED} when this import recorded something of it: the episode, its return, or
 * both (the return of an episode recorded by an earlier import).
 *
 * @param recorded        missing episodes recorded by this import
 * @param returnsRecorded returns recorded by this import, including returns of episodes recorded earlier
 */
public record MissingImportReport(
        String summary,
        int rowsRead,
        int recorded,
        int returnsRecorded,
        int alreadyRecorded,
        int refused,
        List<RowOutcome> rows) {

    /** One row of the file (row 1 is the header, so data starts at row 2). */
    public record RowOutcome(int row, String policeReference, String episodeId, String childName, Outcome outcome,
                             boolean episodeRecorded, boolean returnRecorded, List<String> problems)
            implements org.convene.intake.csv.ImportedRow {
    }

    static MissingImportReport of(int rowsRead, List<RowOutcome> rows) {
        int recorded = (int) rows.stream().filter(RowOutcome::episodeRecorded).count();
        int already = count(rows, Outcome.ALREADY_RECORDED);
        int refused = count(rows, Outcome.REFUSED);
        int returns = (int) rows.stream().filter(RowOutcome::returnRecorded).count();
        String summary = plural(recorded, "missing episode") + " recorded, " + plural(returns, "return")
                + " recorded, " + already + " already recorded, " + refused + " refused (" + plural(rowsRead, "row")
                + " read).";
        return new MissingImportReport(summary, rowsRead, recorded, returns, already, refused, List.copyOf(rows));
    }

    private static int count(List<RowOutcome> rows, Outcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
