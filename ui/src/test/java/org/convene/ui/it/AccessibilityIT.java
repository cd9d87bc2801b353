package org.convene.ui.it;

import static org.convene.coordination.shared.api.TextRules.UK;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.convene.infra.security.MongoUserDetailsService;
import org.convene.testsupport.KnownReferral;
import org.convene.testsupport.TestChildren;
import org.convene.ui.ConveneSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;

/**
 * axe-core on the pages people use, each scanned once it has settled ({@link AccessibilityScan}):
 * no "serious" or "critical" accessibility violations. Every violation, of any impact, is printed
 * for diagnosis.
 */
@ConveneSpringTest
@ExtendWith({BrowserExtension.class, KnownReferral.class})
class AccessibilityIT {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private MongoUserDetailsService users;

    @Test
    void theLoginPageHasNoSeriousViolations(Page page) {
        new LoginPage(page).open();

        AccessibilityScan.assertNoSeriousViolations(page);
    }

    @Test
    void theReferralListHasNoSeriousViolations(@SignedInAs("police.screener") Page page) {
        ReferralListPage list = new ReferralListPage(page).open();
        list.rowFor("Noor Castellane").first().waitFor();

        AccessibilityScan.assertNoSeriousViolations(page);
    }

    @Test
    void theRecordReferralFormHasNoSeriousViolations(@SignedInAs("social.screener") Page page) {
        new ReferralListPage(page).open().openRecordForm();

        AccessibilityScan.assertNoSeriousViolations(page);
    }

    @Test
    void theChronologyWithItsPurposePromptAndFiltersHasNoSeriousViolations(@SignedInAs("mash.chair") Page page) {
        page.navigate("/children/" + KnownReferral.childId() + "/chronology");
        page.locator("#purpose-prompt").waitFor();
        AccessibilityScan.assertNoSeriousViolations(page);

        page.getByText("Case review or audit").click();
        page.locator("#open-record").click();
        page.locator("#chronology-title").getByText("Noor Castellane").waitFor();
        page.locator("#chronology-shown").getByText("Showing all").waitFor();
        AccessibilityScan.assertNoSeriousViolations(page);
    }

    @Test
    void theMeetingBoardHasNoSeriousViolations(@SignedInAs("mash.chair") Page page) {
        MeetingBoardPage board = new MeetingBoardPage(page).waitUntilShown();
        board.rowFor("Noor Castellane").first().waitFor();

        AccessibilityScan.assertNoSeriousViolations(page);
    }

    @Test
    void theReferralScreenWithTheDecisionFormHasNoSeriousViolations(@SignedInAs("mash.chair") Page page) {
        ReferralPage referral = new MeetingBoardPage(page).waitUntilShown().openReferralFor("Noor Castellane");
        referral.decisionForm().action(1, "Accessibility check action", "Northshire Police",
                LocalDate.now(UK).plusDays(1).format(DateTimeFormatter.ofPattern("d/M/yyyy")));

        AccessibilityScan.assertNoSeriousViolations(page);
    }

    @Test
    void theMissingChildrenBoardHasNoSeriousViolations(@SignedInAs("return.worker") Page page) {
        new MissingBoardPage(page).waitUntilShown();

        AccessibilityScan.assertNoSeriousViolations(page);
    }

    @Test
    void theReportAMissingChildFormHasNoSeriousViolations(@SignedInAs("mash.chair") Page page) {
        new MissingBoardPage(page).open().openReportForm().missingFrom("Care (looked-after child)");

        AccessibilityScan.assertNoSeriousViolations(page);
    }

    @Test
    void thePanelCasesPageHasNoSeriousViolations(@SignedInAs("panel.chair") Page page) {
        page.navigate("/panel");
        page.locator("#panel-cases").waitFor();

        AccessibilityScan.assertNoSeriousViolations(page);
    }

    @Test
    void thePanelAgendaWithTheOutcomeFormHasNoSeriousViolations(Windows windows) throws Exception {
        TestChildren.OnTheAgenda young = TestChildren.onThePanelAgenda(commands, users, "Accessibility Panel Child");
        Page page = windows.signedInAs("panel.chair");
        PanelAgendaPage agenda = PanelAgendaPage.fromMeetings(page, young.meetingId());
        agenda.item(young.childId()).waitFor();
        AccessibilityScan.assertNoSeriousViolations(page);

        agenda.recordOutcome(young.childId())
                .action(1, "Prevent", "Accessibility check action", "Safe Steps Youth Charity");
        AccessibilityScan.assertNoSeriousViolations(page);
    }
}
