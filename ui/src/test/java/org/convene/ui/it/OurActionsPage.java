package org.convene.ui.it;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** "Our actions" ({@code /actions}): the open actions the user's agency owns. */
final class OurActionsPage {

    private final Page page;

    OurActionsPage(Page page) {
        this.page = page;
    }

    static OurActionsPage viaMenu(Page page) {
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Our actions"))
                .first().click();
        page.waitForURL("**/actions");
        page.locator("#our-actions").waitFor();
        return new OurActionsPage(page);
    }

    Locator rowFor(String description) {
        return page.locator("#our-actions vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(description));
    }

    void markDone(String description, String outcome) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark done: " + description)).click();
        page.locator("#action-outcome textarea").fill(outcome);
        page.locator("#confirm-action-done").click();
    }
}
