package org.convene.ui.it;

import java.nio.file.Path;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;

/**
 * What every page object of the application does the same way: grid cells found by their text,
 * radio buttons by their label, Vaadin selects through {@link VaadinFields}, the side menu, and
 * downloads. Addresses are relative to the application ({@link BrowserExtension} sets the base).
 */
abstract class AppPage {

    protected final Page page;

    AppPage(Page page) {
        this.page = page;
    }

    /** The cells of the grid with this id that show this text (e.g. a child's name). */
    protected final Locator cellIn(String gridId, String text) {
        return page.locator("#" + gridId + " vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(text));
    }

    /** The radio button labelled exactly so, in the radio group matched by the selector. */
    protected final Locator radio(String groupSelector, String label) {
        return page.locator(groupSelector).getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions()
                .setName(label).setExact(true));
    }

    /** Picks the option with this label in a Vaadin select and waits until the choice is shown. */
    protected final void choose(String selectSelector, String label) {
        VaadinFields.choose(page, selectSelector, label);
    }

    /** Clicks what starts a download and answers where the file was saved. */
    protected final Path download(String selector) {
        Download download = page.waitForDownload(() -> page.locator(selector).click());
        return download.path();
    }

    /** Clicks the button, then waits until the element is gone (a dialog closing once it has saved). */
    protected final void clickAndWaitUntilGone(String button, String gone) {
        page.locator(button).click();
        page.locator(gone).waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    }

    /**
     * A dialog that names children in numbered rows (child 1, 2, ...) and saves: opened by a button,
     * it lists its problems in one place and closes once it has saved.
     */
    abstract class ChildEntryDialog {

        private final String errors;
        private final String save;

        /** Clicks the button that opens the dialog and waits for its first child's row. */
        ChildEntryDialog(String openButton, String errors, String save) {
            this.errors = errors;
            this.save = save;
            page.locator(openButton).click();
            page.locator("#child-1-name input").waitFor();
        }

        final Locator errors() {
            return page.locator(errors);
        }

        /** Saves and waits for the dialog to close. */
        final void save() {
            clickAndWaitUntilGone(save, "#child-1-name");
        }
    }

    /** Follows the side menu's item with this text (the router changes the view; no reload). */
    static void followMenu(Page page, String item) {
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText(item)).first().click();
    }
}
