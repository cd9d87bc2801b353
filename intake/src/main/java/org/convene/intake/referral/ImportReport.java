package org.convene.intake.referral;

import java.util.List;

/**
 * What an import did, for the person who ran it: counts, then one line per referral (the rows
 * sharing a police reference) and one per row, each with its outcome and the reasons in plain words.
 */
public record ImportReport(
        String summary,
        int rowsRead,
        int recorded,
        int alreadyRecorded,
        int refused,
        List<ReferralOutcome> referrals,
        List<RowOutcome> rows) {

    public enum Outcome {
        RECORDED("Recorded"),
        ALREADY_RECORDED("Already recorded"),
        REFUSED("Refused");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One referral of the file: the rows with the same police reference. */
    public record ReferralOutcome(String policeReference, String referralId, List<Integer> rows, Outcome outcome,
                                  List<String> reasons) {
    }

    /** One row of the file (row 1 is the header, so data starts at row 2). */
    public record RowOutcome(int row, String policeReference, String childName, Outcome outcome,
                             List<String> problems) implements org.convene.intake.csv.ImportedRow {
    }

    static ImportReport of(int rowsRead, List<ReferralOutcome> referrals, List<RowOutcome> rows) {
        int recorded = count(referrals, Outcome.RECORDED);
        int already = count(referrals, Outcome.ALREADY_RECORDED);
        int refused = count(referrals, Outcome.REFUSED);
        String summary = plural(recorded, "referral") + " recorded, " + already + " already recorded, "
                + refused + " refused (" + plural(rowsRead, "row") + " read).";
        return new ImportReport(summary, rowsRead, recorded, already, refused, List.copyOf(referrals),
                List.copyOf(rows));
    }

    private static int count(List<ReferralOutcome> referrals, Outcome outcome) {
        return (int) referrals.stream().filter(r -> r.outcome() == outcome).count();
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
