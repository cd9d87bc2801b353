package org.convene.ui.missing.importing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.convene.ui.KaribuViewTestBase;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;

/** The missing-notification import view: a file in, progress, the counts and each row's outcome. Fictitious data. */
class MissingNotificationImportViewTest extends KaribuViewTestBase {

    @Test
    void aChairImportsAFileAndReadsTheCountsAndEachRow() {
        loginAs("mash.chair");
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .contains("Import missing notifications");
        UI.getCurrent().navigate("missing/import");
        MissingNotificationImportView view = _get(MissingNotificationImportView.class);

        String ref = "KM-" + UUID.randomUUID().toString().substring(0, 8);
        Instant lastSeen = Instant.now().minus(1, ChronoUnit.DAYS);
        String csv = "police_reference,child_name,child_dob,missing_from,care_type,last_seen_at,risk_level,returned_at\n"
                + ref + "-1,Nia Okoro,2012-06-01,care,M," + lastSeen + ",low," + lastSeen.plus(3, ChronoUnit.HOURS)
                + "\n" + ref + "-2,Sam Reid,2012-06-01,care,," + lastSeen + ",low,\n";
        view.start("missing.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(eventually(Duration.ofSeconds(20), () -> !view.summary.getText().isEmpty()))
                .as("the import finishes and shows its counts").isTrue();
        assertThat(view.summary.getText())
                .isEqualTo("1 missing episode recorded, 1 return recorded, 0 already recorded, 1 refused.");
        assertThat(view.progress.getValue()).isEqualTo(1.0);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("2", "Nia Okoro");
        assertThat(GridKt._get(view.grid, 1).problems()).singleElement().asString()
                .contains("care_type is required");
    }

    @Test
    void anAnalystHasNoImportItemAndCannotOpenTheView() {
        loginAs("analyst");
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .doesNotContain("Import missing notifications");

        UI.getCurrent().navigate(MissingNotificationImportView.class);

        assertThatThrownBy(() -> _get(MissingNotificationImportView.class))
                .hasMessageContaining("Access is denied by annotations on the view");
    }
}
