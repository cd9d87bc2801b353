package org.convene.ui.missing.importing;

import org.convene.coordination.shared.api.Roles;
import org.convene.ui.MainLayout;
import org.convene.intake.missing.MissingImportReport;
import org.convene.intake.missing.MissingImportReport.RowOutcome;
import org.convene.intake.missing.MissingNotificationImport;
import org.convene.ui.referral.importing.CsvImportView;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Import a police missing-notification file: see {@link CsvImportView}. */
@Route(value = "missing/import", layout = MainLayout.class)
@PageTitle("Import missing notifications | Convene")
@RolesAllowed({Roles.SCREENER, Roles.MEETING_CHAIR})
public class MissingNotificationImportView extends CsvImportView<RowOutcome> {

    public MissingNotificationImportView(MissingNotificationImport missingImport) {
        super("Import missing notifications", "Upload the police missing-notification file (CSV, one row per "
                + "missing episode, with the return when the child has been found). Episodes and returns already "
                + "recorded are not recorded again, and a row with a problem is not recorded at all.",
                "missing-notification-import", (reader, progress) -> result(missingImport.importCsv(reader, progress)));
    }

    private static Result<RowOutcome> result(MissingImportReport report) {
        return new Result<>(report.rowsRead(), plural(report.recorded(), "missing episode") + " recorded, "
                + plural(report.returnsRecorded(), "return") + " recorded, " + report.alreadyRecorded()
                + " already recorded, " + report.refused() + " refused.", report.rows());
    }
}
