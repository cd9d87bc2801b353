package org.convene.ui.referral.importing;

import java.io.Reader;
import java.util.List;

import org.convene.coordination.shared.api.Roles;
import org.convene.ui.MainLayout;
import org.convene.intake.csv.CsvFile;
import org.convene.intake.csv.ProgressListener;
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

    public static final List<String> ROLES = List.of(Roles.SCREENER, Roles.MEETING_CHAIR);

    private final PoliceNotificationImport policeImport;

    public PoliceNotificationImportView(PoliceNotificationImport policeImport) {
        super("Import police notifications", "Upload the police notification file (CSV, one row per child; rows "
                + "with the same police reference are one notification). Notifications already recorded are not "
                + "recorded again, and a notification with a problem in any of its rows is not recorded at all.",
                "police-notification-import", CsvFile.MAX_CHARACTERS);
        this.policeImport = policeImport;
    }

    @Override
    protected Result<RowOutcome> runImport(Reader reader, ProgressListener progress) {
        ImportReport report = policeImport.importCsv(reader, progress);
        return new Result<>(report.rowsRead(), plural(report.recorded(), "referral") + " recorded, "
                + report.alreadyRecorded() + " already recorded, " + report.refused() + " refused.", report.rows());
    }
}
