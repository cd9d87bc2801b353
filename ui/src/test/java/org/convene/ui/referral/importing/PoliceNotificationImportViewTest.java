package org.convene.ui.referral.importing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.convene.ui.KaribuViewTestBase;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;

/** The import view: a file in, progress, the counts at the top and each row's outcome. Data is fictitious. */
class PoliceNotificationImportViewTest extends KaribuViewTestBase {

    @Test
    void aScreenerImportsAFileAndReadsTheCountsAndEachRow() {
        loginAs("police.screener");
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .contains("Import police notifications");
        UI.getCurrent().navigate(PoliceNotificationImportView.class);
        PoliceNotificationImportView view = _get(PoliceNotificationImportView.class);

        String ref = "KV-" + UUID.randomUUID().toString().substring(0, 8);
        String received = LocalDate.now().minusDays(1) + "T09:00:00Z";
        String csv = "police_reference,received_at,dash_level,child_name,child_dob\n"
                + ref + "-1," + received + ",high,Nia Okoro,2017-06-01\n"
                + ref + "-2," + received + ",high,<b>Not a name</b>,2017-06-01\n";
        view.start("notifications.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(eventually(Duration.ofSeconds(20), () -> !view.summary.getText().isEmpty()))
                .as("the import finishes and shows its counts").isTrue();
        assertThat(view.summary.getText()).isEqualTo("1 referral recorded, 0 already recorded, 1 refused.");
        assertThat(view.progress.getValue()).isEqualTo(1.0);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("2", "Nia Okoro", "");
        assertThat(GridKt._get(view.grid, 1).problems()).singleElement().asString()
                .contains("contains characters not used in names");
    }

    @Test
    void anAnalystHasNoImportItemAndCannotOpenTheView() {
        loginAs("analyst");
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .doesNotContain("Import police notifications");

        UI.getCurrent().navigate(PoliceNotificationImportView.class);

        assertThatThrownBy(() -> _get(PoliceNotificationImportView.class))
                .hasMessageContaining("Access is denied by annotations on the view");
    }
}
