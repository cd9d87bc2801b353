package org.convene.ui.it;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** "Our actions" ({@code /actions}): the open actions the user's agency owns. */
final class OurActionsPage extends AppPage {

    OurActionsPage(Page page) {
        super(page);
    }

    static OurActionsPage viaMenu(Page page) {
        followMenu(page, "Our actions");
        page.waitForURL("**/actions");
        page.locator("#our-actions").waitFor();
        return new OurActionsPage(page);
    }

    Locator rowFor(String description) {
        return cellIn("our-actions", description);
    }

    void markDone(String description, String outcome) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark done: " + description)).click();
        page.locator("#action-outcome textarea").fill(outcome);
        page.locator("#confirm-action-done").click();
    }
}
