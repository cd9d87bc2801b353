package org.convene.ui.referral.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;

/** The import view: a file in, progress, the counts at the top and each row's outcome. Data is fictitious. */
class PoliceNotificationImportViewTest extends CsvImportViewTestBase {

    private static final String ITEM = "Import police notifications";

    @Test
    void aScreenerImportsAFileAndReadsTheCountsAndEachRow() {
        PoliceNotificationImportView view = openFromTheMenu("police.screener", ITEM, PoliceNotificationImportView.class);

        String ref = "KV-" + UUID.randomUUID().toString().substring(0, 8);
        String received = LocalDate.now().minusDays(1) + "T09:00:00Z";
        importAndWait(view, "notifications.csv", "police_reference,received_at,dash_level,child_name,child_dob\n"
                + ref + "-1," + received + ",high,Nia Okoro,2017-06-01\n"
                + ref + "-2," + received + ",high,<b>Not a name</b>,2017-06-01\n");

        assertThat(view.summary.getText()).isEqualTo("1 referral recorded, 0 already recorded, 1 refused.");
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("2", "Nia Okoro", "");
        assertThat(GridKt._get(view.grid, 1).problems()).singleElement().asString()
                .contains("contains characters not used in names");
    }

    @Test
    void anAnalystHasNoImportItemAndCannotOpenTheView() {
        assertNoItemAndNoEntry("analyst", ITEM, PoliceNotificationImportView.class);
    }
}
