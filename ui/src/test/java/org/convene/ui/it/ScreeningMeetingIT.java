package org.convene.ui.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.coordination.referral.api.DashLevel;
import org.convene.coordination.referral.api.ReceiveReferralCommand;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.infra.security.MongoUserDetailsService;
import org.convene.testsupport.TestUsers;
import org.convene.ui.ConveneSpringTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * The acceptance test of the daily screening meeting, in three browsers: a notification is on the
 * board; the police and health screeners each open it and record their checks; the MASH manager
 * records the decision with an action for the police; both screeners' boards drop the referral
 * without a reload; the police screener marks the action done from "Our actions".
 */
@ConveneSpringTest
@ExtendWith(BrowserFailureEvidence.class)
class ScreeningMeetingIT {

    private static final double UI_TIMEOUT_MS = 30_000;
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final LocatorAssertions.IsVisibleOptions VISIBLE = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(UI_TIMEOUT_MS);
    private static final LocatorAssertions.IsHiddenOptions GONE = new LocatorAssertions.IsHiddenOptions()
            .setTimeout(UI_TIMEOUT_MS);

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;
    @Autowired
    private CommandGateway commandGateway;
    @Autowired
    private MongoUserDetailsService users;
    private String baseUrl;
    private BrowserContext policeContext;
    private BrowserContext healthContext;
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
        policeContext = browser.newContext();
        healthContext = browser.newContext();
        chairContext = browser.newContext();
        for (BrowserContext c : List.of(policeContext, healthContext, chairContext)) {
            c.setDefaultTimeout(UI_TIMEOUT_MS);
        }
    }

    @AfterEach
    void closeContexts() {
        policeContext.close();
        healthContext.close();
        chairContext.close();
    }

    @Test
    void twoAgenciesCheckTheChairDecidesTheBoardsUpdateLiveAndThePoliceCompleteTheAction() throws Exception {
        String childName = "Meeting Child " + UUID.randomUUID().toString().substring(0, 8);
        notificationAbout(childName);

        Page police = signIn(policeContext, "police.screener");
        Page health = signIn(healthContext, "health.screener");
        MeetingBoardPage policeBoard = new MeetingBoardPage(police, baseUrl).waitUntilShown();
        MeetingBoardPage healthBoard = new MeetingBoardPage(health, baseUrl).waitUntilShown();
        assertThat(policeBoard.rowFor(childName).first()).isVisible(VISIBLE);
        assertThat(healthBoard.rowFor(childName).first()).isVisible(VISIBLE);

        ReferralPage policeReferral = policeBoard.openReferralFor(childName);
        policeReferral.recordOurChecks("Known to Northshire Police",
                "Two domestic incidents at the address this year. Fictitious.");
        assertThat(policeReferral.contributionFrom("Northshire Police")).isVisible(VISIBLE);

        ReferralPage healthReferral = healthBoard.openReferralFor(childName);
        healthReferral.recordOurChecks("Not known to Northshire Integrated Care Board (health)",
                "No health records of concern. Fictitious.");
        // side by side: the health screener also sees the police's card, which arrived before
        assertThat(healthReferral.contributionFrom("Northshire Integrated Care Board (health)")).isVisible(VISIBLE);
        assertThat(healthReferral.contributionFrom("Northshire Police")).isVisible(VISIBLE);
        // the police screener's open referral shows the health card without a reload
        assertThat(policeReferral.contributionFrom("Northshire Integrated Care Board (health)")).isVisible(VISIBLE);

        // both screeners go back to the board; a reload would lose the marker
        policeBoard = MeetingBoardPage.viaMenu(police, baseUrl);
        healthBoard = MeetingBoardPage.viaMenu(health, baseUrl);
        assertThat(policeBoard.rowFor(childName).first()).isVisible(VISIBLE);
        assertThat(healthBoard.rowFor(childName).first()).isVisible(VISIBLE);
        police.evaluate("() => window.__convenePageMarker = 'not reloaded'");
        health.evaluate("() => window.__convenePageMarker = 'not reloaded'");

        Page chair = signIn(chairContext, "mash.chair");
        ReferralPage chairReferral = new MeetingBoardPage(chair, baseUrl).waitUntilShown().openReferralFor(childName);
        assertThat(chairReferral.contributionFrom("Northshire Police")).isVisible(VISIBLE);
        assertThat(chairReferral.contributionFrom("Northshire Integrated Care Board (health)")).isVisible(VISIBLE);
        String action = "Police to share incident history " + childName.substring(14);
        String due = LocalDate.now(UK).plusDays(2).format(DateTimeFormatter.ofPattern("d/M/yyyy"));
        chairReferral.decisionForm()
                .response("Child and family assessment")
                .levelOfNeed("3 – Complex / early help")
                .riskScale("2 – Moderate to serious")
                .rationale("Repeat incidents with the child present. Fictitious.")
                .action(1, action, "Northshire Police", due)
                .record();
        assertThat(chairReferral.decisionHistory()).containsText("Child and family assessment",
                new LocatorAssertions.ContainsTextOptions().setTimeout(UI_TIMEOUT_MS));

        // the referral leaves both screeners' boards by push
        assertThat(policeBoard.rowFor(childName)).isHidden(GONE);
        assertThat(healthBoard.rowFor(childName)).isHidden(GONE);
        assertThat(police.evaluate("() => window.__convenePageMarker")).isEqualTo("not reloaded");
        assertThat(health.evaluate("() => window.__convenePageMarker")).isEqualTo("not reloaded");

        OurActionsPage actions = OurActionsPage.viaMenu(police);
        assertThat(actions.rowFor(action).first()).isVisible(VISIBLE);
        actions.markDone(action, "Incident history shared with children's social care. Fictitious.");
        assertThat(actions.rowFor(action)).isHidden(GONE);
    }

    private Page signIn(BrowserContext context, String username) {
        Page page = context.newPage();
        new LoginPage(page, baseUrl).open().signInAs(username, ConveneSpringTest.DEMO_PASSWORD);
        return page;
    }

    /** A police domestic-abuse notification about a new child, received three hours ago. */
    private void notificationAbout(String childName) throws Exception {
        String childId = UUID.randomUUID().toString();
        Instant received = Instant.now().minus(3, ChronoUnit.HOURS);
        TestUsers.run(users, "police.screener", () -> {
            commandGateway.sendAndWait(new RegisterChildCommand(childId, childName,
                    LocalDate.now(UK).minusYears(5), false, null, null, "Northtown", List.of(), false));
            commandGateway.sendAndWait(new ReceiveReferralCommand(UUID.randomUUID().toString(), received, "6",
                    ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION, LocalDate.ofInstant(received, UK),
                    List.of(childId), List.of(), List.of("3A"), DashLevel.MEDIUM,
                    "Police attended; the child was present. Fictitious.", false, null));
        });
    }
}
