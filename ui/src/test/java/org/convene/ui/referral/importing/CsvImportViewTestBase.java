package org.convene.ui.referral.importing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.convene.ui.KaribuViewTestBase;

import com.vaadin.flow.component.UI;

/** What the tests of the CSV import views share: open the view from the menu, import a file, be refused it. */
public abstract class CsvImportViewTestBase extends KaribuViewTestBase {

    /** Signs {@code user} in, finds {@code menuItem} in their menu and opens the view. */
    protected <V extends CsvImportView<?>> V openFromTheMenu(String user, String menuItem, Class<V> view) {
        assertThat(homeMenuOf(user)).contains(menuItem);
        UI.getCurrent().navigate(view);
        return _get(view);
    }

    /** Imports {@code csv} as the file {@code fileName} and waits until the view shows the counts. */
    protected static void importAndWait(CsvImportView<?> view, String fileName, String csv) {
        view.start(fileName, csv.getBytes(StandardCharsets.UTF_8));
        assertThat(eventually(Duration.ofSeconds(20), () -> !view.summary.getText().isEmpty()))
                .as("the import finishes and shows its counts").isTrue();
        assertThat(view.progress.getValue()).isEqualTo(1.0);
    }

    /** {@code user} sees no {@code menuItem} in the menu, and the view refuses them when they go to it. */
    protected void assertNoItemAndNoEntry(String user, String menuItem, Class<? extends CsvImportView<?>> view) {
        assertThat(homeMenuOf(user)).doesNotContain(menuItem);

        UI.getCurrent().navigate(view);

        assertThatThrownBy(() -> _get(view)).hasMessageContaining("Access is denied by annotations on the view");
    }
}
