package org.convene.ui.it;

import java.util.List;

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

/**
 * axe-core on the pages people use, each scanned once it has settled ({@link AccessibilityScan}):
 * no "serious" or "critical" accessibility violations. Every violation, of any impact, is printed
 * for diagnosis.
 */
@ConveneSpringTest
@ExtendWith(BrowserFailureEvidence.class)
class AccessibilityIT {
    @org.springframework.beans.factory.annotation.Autowired
    private org.axonframework.commandhandling.gateway.CommandGateway testCommands;
    @org.springframework.beans.factory.annotation.Autowired
    private org.convene.infra.security.MongoUserDetailsService testUsers;

    /** The rows these tests look for: a referral about Noor Castellane, whatever the demo month holds. */
    @org.junit.jupiter.api.BeforeEach
    void ensureNoorsReferral() throws Exception {
        org.convene.testsupport.TestReferrals.ensureReferralAbout(testCommands, testUsers, "Noor Castellane");
    }


    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;
    private String baseUrl;
    private BrowserContext context;
    private Page page;

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
    void newPage() {
        baseUrl = "http://localhost:" + port;
        context = browser.newContext();
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    @Test
    void theLoginPageHasNoSeriousViolations() {
        new LoginPage(page, baseUrl).open();

        AccessibilityScan.assertNoSeriousViolations(page);
    }

    @Test
    void theReferralListHasNoSeriousViolations() {
        new LoginPage(page, baseUrl).open().signInAs("police.screener", ConveneSpringTest.DEMO_PASSWORD);
        ReferralListPage list = new ReferralListPage(page, baseUrl).open();
        list.rowFor("Noor Castellane").first().waitFor();

        AccessibilityScan.assertNoSeriousViolations(page);
    }

    @Test
    void theRecordReferralFormHasNoSeriousViolations() {
        new LoginPage(page, baseUrl).open().signInAs("social.screener", ConveneSpringTest.DEMO_PASSWORD);
        new ReferralListPage(page, baseUrl).open().openRecordForm();

        AccessibilityScan.assertNoSeriousViolations(page);
    }

    @Test
    void theChronologyWithItsPurposePromptAndFiltersHasNoSeriousViolations() {
        String childId = java.util.UUID.nameUUIDFromBytes("test-child:Noor Castellane".getBytes()).toString();
        new LoginPage(page, baseUrl).open().signInAs("mash.chair", ConveneSpringTest.DEMO_PASSWORD);
        page.navigate(baseUrl + "/children/" + childId + "/chronology");
        page.locator("#purpose-prompt").waitFor();
        AccessibilityScan.assertNoSeriousViolations(page);

        page.getByText("Case review or audit").click();
        page.locator("#open-record").click();
        page.locator("#chronology-title").getByText("Noor Castellane").waitFor();
        page.locator("#chronology-shown").getByText("Showing all").waitFor();
        AccessibilityScan.assertNoSeriousViolations(page);
    }

    @Test
    void theMeetingBoardHasNoSeriousViolations() {
        new LoginPage(page, baseUrl).open().signInAs("mash.chair", ConveneSpringTest.DEMO_PASSWORD);
        MeetingBoardPage board = new MeetingBoardPage(page, baseUrl).waitUntilShown();
        board.rowFor("Noor Castellane").first().waitFor();

        AccessibilityScan.assertNoSeriousViolations(page);
    }

    @Test
    void theReferralScreenWithTheDecisionFormHasNoSeriousViolations() {
        new LoginPage(page, baseUrl).open().signInAs("mash.chair", ConveneSpringTest.DEMO_PASSWORD);
        ReferralPage referral = new MeetingBoardPage(page, baseUrl).waitUntilShown().openReferralFor("Noor Castellane");
        referral.decisionForm().action(1, "Accessibility check action", "Northshire Police",
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(1)
                        .format(java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy")));

        AccessibilityScan.assertNoSeriousViolations(page);
    }

    @Test
    void theMissingChildrenBoardHasNoSeriousViolations() {
        new LoginPage(page, baseUrl).open().signInAs("return.worker", ConveneSpringTest.DEMO_PASSWORD);
        new MissingBoardPage(page, baseUrl).waitUntilShown();

        AccessibilityScan.assertNoSeriousViolations(page);
    }

    @Test
    void theReportAMissingChildFormHasNoSeriousViolations() {
        new LoginPage(page, baseUrl).open().signInAs("mash.chair", ConveneSpringTest.DEMO_PASSWORD);
        new MissingBoardPage(page, baseUrl).open().openReportForm().missingFrom("Care (looked-after child)");

        AccessibilityScan.assertNoSeriousViolations(page);
    }

    @Test
    void thePanelCasesPageHasNoSeriousViolations() {
        new LoginPage(page, baseUrl).open().signInAs("panel.chair", ConveneSpringTest.DEMO_PASSWORD);
        page.navigate(baseUrl + "/panel");
        page.locator("#panel-cases").waitFor();

        AccessibilityScan.assertNoSeriousViolations(page);
    }

    @Test
    void thePanelAgendaWithTheOutcomeFormHasNoSeriousViolations() throws Exception {
        String childId = java.util.UUID.randomUUID().toString();
        String meetingId = java.util.UUID.randomUUID().toString();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        org.convene.testsupport.TestUsers.run(testUsers, "police.screener", () -> testCommands.sendAndWait(
                new org.convene.coordination.child.api.RegisterChildCommand(childId, "Accessibility Panel Child",
                        today.minusYears(15), false, "1", "WBRI", "Northtown", List.of(), false)));
        org.convene.testsupport.TestUsers.run(testUsers, "panel.member", () -> testCommands.sendAndWait(
                new org.convene.coordination.panel.api.ReferYoungPersonToPanelCommand(childId,
                        java.util.UUID.randomUUID().toString(),
                        List.of(org.convene.coordination.panel.api.ExploitationType.ONLINE),
                        org.convene.coordination.panel.api.PanelRiskLevel.LOW, "Fictitious.")));
        org.convene.testsupport.TestUsers.run(testUsers, "panel.chair", () -> testCommands.sendAndWait(
                new org.convene.coordination.panel.api.SchedulePanelMeetingCommand(meetingId, today.plusDays(1),
                        java.time.LocalTime.of(10, 0), "Chris Lyle", "Room 2")));
        new LoginPage(page, baseUrl).open().signInAs("panel.chair", ConveneSpringTest.DEMO_PASSWORD);
        PanelAgendaPage agenda = PanelAgendaPage.fromMeetings(page, baseUrl, meetingId);
        agenda.item(childId).waitFor();
        AccessibilityScan.assertNoSeriousViolations(page);

        agenda.recordOutcome(childId).action(1, "Prevent", "Accessibility check action", "Safe Steps Youth Charity");
        AccessibilityScan.assertNoSeriousViolations(page);
    }
}
