package org.convene.ui.missing.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.convene.ui.referral.importing.CsvImportViewTestBase;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;

/** The missing-notification import view: a file in, progress, the counts and each row's outcome. Fictitious data. */
class MissingNotificationImportViewTest extends CsvImportViewTestBase {

    private static final String ITEM = "Import missing notifications";

    @Test
    void aChairImportsAFileAndReadsTheCountsAndEachRow() {
        MissingNotificationImportView view = openFromTheMenu("mash.chair", ITEM, MissingNotificationImportView.class);

        String ref = "KM-" + UUID.randomUUID().toString().substring(0, 8);
        Instant lastSeen = Instant.now().minus(1, ChronoUnit.DAYS);
        importAndWait(view, "missing.csv",
                "police_reference,child_name,child_dob,missing_from,care_type,last_seen_at,risk_level,returned_at\n"
                + ref + "-1,Nia Okoro,2012-06-01,care,M," + lastSeen + ",low," + lastSeen.plus(3, ChronoUnit.HOURS)
                + "\n" + ref + "-2,Sam Reid,2012-06-01,care,," + lastSeen + ",low,\n");

        assertThat(view.summary.getText())
                .isEqualTo("1 missing episode recorded, 1 return recorded, 0 already recorded, 1 refused.");
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("2", "Nia Okoro");
        assertThat(GridKt._get(view.grid, 1).problems()).singleElement().asString()
                .contains("care_type is required");
    }

    @Test
    void anAnalystHasNoImportItemAndCannotOpenTheView() {
        assertNoItemAndNoEntry("analyst", ITEM, MissingNotificationImportView.class);
    }
}
