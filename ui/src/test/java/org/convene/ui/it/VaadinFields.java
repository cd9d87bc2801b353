package org.convene.ui.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Choices in Vaadin's pop-up fields, made as a person makes them, and finished when the pop-up has
 * closed, the field shows the choice and the server has taken it ({@link SettledPage}). The next
 * step (a scan, another field, a save) never meets a closing list.
 */
final class VaadinFields {

    private VaadinFields() {
    }

    /** Opens a {@code vaadin-select} (by its selector) and picks the item with exactly this label. */
    static void choose(Page page, String selectSelector, String label) {
        Locator select = page.locator(selectSelector);
        select.click();
        page.locator(selectSelector + "[opened]").waitFor();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setVisible(true))
                .getByText(label, new Locator.GetByTextOptions().setExact(true)).first().click();
        assertThat(select.locator("vaadin-select-value-button")).hasText(label);
        SettledPage.await(page);
    }

    /**
     * Types into a {@code vaadin-combo-box} (by its selector) and picks the first offered item whose
     * text contains {@code itemText}.
     */
    static void chooseFromComboBox(Page page, String comboBoxSelector, String typed, String itemText) {
        page.locator(comboBoxSelector + " input").fill(typed);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(itemText)
                .setVisible(true)).first().click();
        SettledPage.await(page);
    }

    /**
     * Types into a date or time picker's input (by its selector; a date as d/M/yyyy, a time as
     * HH:mm) and confirms with Enter, which closes the picker's pop-up.
     */
    static void typeAndConfirm(Page page, String inputSelector, String text) {
        Locator input = page.locator(inputSelector);
        input.fill(text);
        input.press("Enter");
        SettledPage.await(page);
    }
}
