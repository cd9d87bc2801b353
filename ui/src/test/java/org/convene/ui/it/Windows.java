package org.convene.ui.it;

import java.util.ArrayList;
import java.util.List;

import org.convene.ui.ConveneSpringTest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * The browser windows of one test, one per person: each has its own context (its own cookies and
 * session), addresses relative to the application, downloads accepted and a 30 s wait for what
 * Playwright waits for. {@link BrowserExtension} closes them all after the test (after
 * {@link BrowserFailureEvidence} has kept what they showed on a failure).
 */
final class Windows implements AutoCloseable {

    /** How long Playwright waits for an element, a navigation or an assertion. */
    static final double UI_TIMEOUT_MS = 30_000;

    private final Browser browser;
    private final String baseUrl;
    private final List<BrowserContext> opened = new ArrayList<>();

    Windows(Browser browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    /** A new window, signed in as nobody. */
    Page open() {
        Browser.NewContextOptions options = new Browser.NewContextOptions().setAcceptDownloads(true);
        if (baseUrl != null) {
            options.setBaseURL(baseUrl);
        }
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(UI_TIMEOUT_MS);
        opened.add(context);
        return context.newPage();
    }

    /** A new window in which this demo user has signed in, showing the page that user lands on. */
    Page signedInAs(String username) {
        Page page = open();
        new LoginPage(page).open().signInAs(username, ConveneSpringTest.DEMO_PASSWORD);
        return page;
    }

    @Override
    public void close() {
        opened.forEach(BrowserContext::close);
        opened.clear();
    }
}
