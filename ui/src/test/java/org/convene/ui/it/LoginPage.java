package org.convene.ui.it;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The sign-in page ({@code /login}). */
final class LoginPage {

    private final Page page;
    private final String baseUrl;

    LoginPage(Page page, String baseUrl) {
        this.page = page;
        this.baseUrl = baseUrl;
    }

    LoginPage open() {
        page.navigate(baseUrl + "/login");
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).waitFor();
        return this;
    }

    /** Signs in and waits for the page a user of that role lands on. */
    void signInAs(String username, String password) {
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL(url -> !url.contains("/login"));
    }
}
