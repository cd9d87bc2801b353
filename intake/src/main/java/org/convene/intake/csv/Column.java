package org.convene.intake.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The columns of the two import files (docs/csv-import.md); a file's header names them in lower case. */
public enum Column {
    POLICE_REFERENCE, CHILD_NAME, CHILD_DOB, CHILD_SEX, CHILD_ETHNICITY, CHILD_LOCALITY, CHILD_NHS_NUMBER,
    /* police notifications */ RECEIVED_AT, INCIDENT_DATE, TYPE, DASH_LEVEL, URGENT, ADULTS, CONCERNS, NARRATIVE,
    /* missing notifications */ LOOKED_AFTER, MISSING_FROM, CARE_TYPE, LAST_SEEN_AT, RISK_LEVEL, REPORTED_BY,
    CIRCUMSTANCES, LAST_KNOWN_LOCATION, RETURNED_AT, WHERE_FOUND, FOUND_BY;

    /** The column's name in a file's header, e.g. {@code received_at}. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> headers(Column... columns) {
        return Arrays.stream(columns).map(Column::header).toList();
    }
}
