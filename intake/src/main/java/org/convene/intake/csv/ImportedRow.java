package org.convene.intake.csv;

import java.util.List;

/** One row of an imported file and what happened to it, as the import screens show it. */
public interface ImportedRow {

    int row();

    String policeReference();

    String childName();

    org.convene.intake.referral.ImportReport.Outcome outcome();

    List<String> problems();
}
