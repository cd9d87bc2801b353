package org.convene.ui.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.convene.ui.ConveneSpringTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * What a person does, in a real browser against the running application (Vaadin dev mode with
 * the pre-compiled bundle): a police screener records a referral through the form and sees it in
 * the list, and the MASH manager, who has the list open in another browser, sees it appear
 * without reloading (server push).
 */
@ConveneSpringTest
@ExtendWith(BrowserFailureEvidence.class)
class ReferralBrowserIT {
    @org.springframework.beans.factory.annotation.Autowired
    private org.axonframework.commandhandling.gateway.CommandGateway testCommands;
    @org.springframework.beans.factory.annotation.Autowired
    private org.convene.infra.security.MongoUserDetailsService testUsers;

    /** The rows these tests look for: a referral about Noor Castellane, whatever the demo month holds. */
    @org.junit.jupiter.api.BeforeEach
    void ensureNoorsReferral() throws Exception {
        org.convene.testsupport.TestReferrals.ensureReferralAbout(testCommands, testUsers, "Noor Castellane");
    }


    private static final double UI_TIMEOUT_MS = 30_000;

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;
    private String baseUrl;
    private BrowserContext screenerContext;
    private BrowserContext chairContext;

    @BeforeAll
    static void startBrowser() {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void newContexts() {
        baseUrl = "http://localhost:" + port;
        screenerContext = browser.newContext();
        chairContext = browser.newContext();
        screenerContext.setDefaultTimeout(UI_TIMEOUT_MS);
        chairContext.setDefaultTimeout(UI_TIMEOUT_MS);
    }

    @AfterEach
    void closeContexts() {
        screenerContext.close();
        chairContext.close();
    }

    @Test
    void aScreenerRecordsAReferralAndAnotherUserSeesItAppearLive() {
        Page chair = chairContext.newPage();
        new LoginPage(chair, baseUrl).open().signInAs("mash.chair", ConveneSpringTest.DEMO_PASSWORD);
        ReferralListPage chairList = new ReferralListPage(chair, baseUrl).open();
        assertThat(chairList.rowFor("Noor Castellane").first()).isVisible();
        // a reload would lose this marker: it proves the new row arrives by push
        chair.evaluate("() => window.__convenePageMarker = 'not reloaded'");

        Page screener = screenerContext.newPage();
        new LoginPage(screener, baseUrl).open().signInAs("police.screener", ConveneSpringTest.DEMO_PASSWORD);
        ReferralListPage screenerList = new ReferralListPage(screener, baseUrl).open();
        String childName = "Browser Test " + UUID.randomUUID().toString().substring(0, 8);
        screenerList.openRecordForm()
                .childName(childName)
                .source("6")
                .dashLevel("Standard")
                .narrative("Recorded by a browser test. Fictitious.")
                .save();

        LocatorAssertions.IsVisibleOptions withinTimeout = new LocatorAssertions.IsVisibleOptions()
                .setTimeout(UI_TIMEOUT_MS);
        assertThat(screenerList.rowFor(childName)).isVisible(withinTimeout);
        assertThat(chairList.rowFor(childName)).isVisible(withinTimeout);
        assertThat(chair.evaluate("() => window.__convenePageMarker")).isEqualTo("not reloaded");
        assertThat(chair.url()).endsWith("/referrals");
    }
}
