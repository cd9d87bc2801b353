package org.convene.ui.it;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The sign-in page ({@code /login}). */
final class LoginPage extends AppPage {

    LoginPage(Page page) {
        super(page);
    }

    LoginPage open() {
        page.navigate("/login");
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).waitFor();
        return this;
    }

    /**
     * Signs in and waits for the application's own header (its "Sign out" button): the page a user
     * of that role lands on. Signing in once is enough, however busy the machine: the empty sign-in
     * form that loaded CI machines used to show just after a sign-in came from the service worker's
     * background requests, which no longer exist ({@link SignInIT}, decision 0023).
     */
    void signInAs(String username, String password) {
        submit(username, password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).waitFor();
    }

    private void submit(String username, String password) {
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        // the address can read "/" for a moment before the home page forwards to the user's board
        page.waitForURL(url -> !url.contains("/login"));
    }
}
