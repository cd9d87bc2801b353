package org.convene.query.chronology.api;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Plain-English names of the kinds of chronology entry, for filters and exports. */
public final class ChronologyKinds {

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("REFERRAL", "Referral");
        LABELS.put("CONTRIBUTION", "Agency checks");
        LABELS.put("DECISION", "Screening decision");
        LABELS.put("DECISION_REVISED", "Decision revised");
        LABELS.put("ACTION_AGREED", "Action agreed");
        LABELS.put("ACTION_DONE", "Action done");
        LABELS.put("WITHDRAWN", "Referral withdrawn");
        LABELS.put("RECORD_MERGED", "Records merged");
        LABELS.put("MISSING_REPORTED", "Reported missing");
        LABELS.put("MISSING_RISK_REASSESSED", "Missing risk reassessed");
        LABELS.put("MISSING_RETURNED", "Returned from missing");
        LABELS.put("RETURN_INTERVIEW_OFFERED", "Return interview offered");
        LABELS.put("RETURN_INTERVIEW_OUTCOME", "Return interview outcome");
        LABELS.put("RETURN_INTERVIEW_OVERDUE", "Return interview overdue");
        LABELS.put("EXPLOITATION_PANEL_FLAG", "Flagged for the exploitation panel");
    }

    private ChronologyKinds() {
    }

    /** The label of a kind; an unlisted kind reads as its words ("PANEL_CASE_CLOSED" as "Panel case closed"). */
    public static String label(String kind) {
        if (kind == null) {
            return "";
        }
        String known = LABELS.get(kind);
        if (known != null) {
            return known;
        }
        String words = kind.replace('_', ' ').toLowerCase(Locale.UK);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
