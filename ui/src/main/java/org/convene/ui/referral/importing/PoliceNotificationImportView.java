package org.convene.ui.referral.importing;

import org.convene.coordination.shared.api.Roles;
import org.convene.ui.MainLayout;
import org.convene.intake.referral.ImportReport;
import org.convene.intake.referral.ImportReport.RowOutcome;
import org.convene.intake.referral.PoliceNotificationImport;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Import a police notification file (referrals): see {@link CsvImportView}. */
@Route(value = "referrals/import", layout = MainLayout.class)
@PageTitle("Import police notifications | Convene")
@RolesAllowed({Roles.SCREENER, Roles.MEETING_CHAIR})
public class PoliceNotificationImportView extends CsvImportView<RowOutcome> {

    public PoliceNotificationImportView(PoliceNotificationImport policeImport) {
        super("Import police notifications", "Upload the police notification file (CSV, one row per child; rows "
                + "with the same police reference are one notification). Notifications already recorded are not "
                + "recorded again, and a notification with a problem in any of its rows is not recorded at all.",
                "police-notification-import", (reader, progress) -> result(policeImport.importCsv(reader, progress)));
    }

    private static Result<RowOutcome> result(ImportReport report) {
        return new Result<>(report.rowsRead(), plural(report.recorded(), "referral") + " recorded, "
                + report.alreadyRecorded() + " already recorded, " + report.refused() + " refused.", report.rows());
    }
}
