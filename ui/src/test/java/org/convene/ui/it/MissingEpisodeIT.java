package org.convene.ui.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.infra.security.MongoUserDetailsService;
import org.convene.query.child.api.ChildDetails;
import org.convene.query.child.api.FindChildQuery;
import org.convene.testsupport.Eventually;
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
 * The acceptance test of missing episodes, in two browsers: a coordinator reports a child missing;
 * the child is under "Missing now"; the coordinator records the child found; the child moves to
 * "Returned: interview due" with the time left; the return-interview worker, whose board is open,
 * sees it appear without a reload, offers the interview and records it completed within the 72
 * hours; both boards update.
 */
@ConveneSpringTest
@ExtendWith(BrowserFailureEvidence.class)
class MissingEpisodeIT {

    private static final double UI_TIMEOUT_MS = 30_000;
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final LocatorAssertions.IsVisibleOptions VISIBLE = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(UI_TIMEOUT_MS);
    private static final LocatorAssertions.IsHiddenOptions GONE = new LocatorAssertions.IsHiddenOptions()
            .setTimeout(UI_TIMEOUT_MS);
    private static final LocatorAssertions.ContainsTextOptions SOON = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(UI_TIMEOUT_MS);

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;
    @Autowired
    private CommandGateway commandGateway;
    @Autowired
    private QueryGateway queryGateway;
    @Autowired
    private MongoUserDetailsService users;
    private String baseUrl;
    private BrowserContext coordinatorContext;
    private BrowserContext workerContext;

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
        coordinatorContext = browser.newContext();
        workerContext = browser.newContext();
        for (BrowserContext c : List.of(coordinatorContext, workerContext)) {
            c.setDefaultTimeout(UI_TIMEOUT_MS);
        }
    }

    @AfterEach
    void closeContexts() {
        coordinatorContext.close();
        workerContext.close();
    }

    @Test
    void aChildIsReportedMissingFoundAndInterviewedWithinTheTimeAndBothBoardsFollow() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String childName = "Missing Child " + suffix;
        LocalDate born = LocalDate.now(UK).minusYears(14).minusDays(40);
        childWithARecord(childName, born);

        // the return-interview worker lands on the missing-children board and keeps it open
        Page worker = signIn(workerContext, "return.worker");
        MissingBoardPage workerBoard = new MissingBoardPage(worker, baseUrl).waitUntilShown();
        worker.evaluate("() => window.__convenePageMarker = 'not reloaded'");

        // the coordinator reports the child missing, matched to the child's record
        Page coordinator = signIn(coordinatorContext, "police.screener");
        MissingBoardPage board = new MissingBoardPage(coordinator, baseUrl).open();
        LocalDateTime lastSeen = LocalDateTime.now(UK).minusHours(6);
        board.openReportForm()
                .existingChild(childName, born.format(DAY))
                .missingFrom("Home")
                .lastSeen(lastSeen.format(DAY), lastSeen.format(DateTimeFormatter.ofPattern("HH:mm")))
                .policeReference("NP-" + suffix)
                .risk("High")
                .reportedBy("Mother")
                .circumstances("Did not come home after school. Fictitious.")
                .save();
        assertThat(board.missingNowRow(childName).first()).isVisible(VISIBLE);
        assertThat(coordinator.locator("#missing-now")).containsText("High risk", SOON);
        assertThat(workerBoard.missingNowRow(childName).first()).isVisible(VISIBLE);

        // found: the child moves to "Returned: interview due", with the time left of the 72 hours
        MissingEpisodePage episode = board.openMissing(childName);
        episode.recordFound("A friend's flat in Northtown", "Police", null);
        assertThat(episode.returnDetails()).containsText("A friend's flat in Northtown", SOON);
        assertThat(episode.status()).containsText("Return interview due by", SOON);
        board = MissingBoardPage.viaMenu(coordinator, baseUrl);
        coordinator.evaluate("() => window.__convenePageMarker = 'not reloaded'");
        assertThat(board.awaitingRow(childName).first()).isVisible(VISIBLE);
        assertThat(board.missingNowRow(childName)).isHidden(GONE);
        assertThat(board.awaitingGrid()).containsText("2 days 23 h left", SOON);

        // the worker's open board shows it without a reload
        assertThat(workerBoard.awaitingRow(childName).first()).isVisible(VISIBLE);
        assertThat(workerBoard.missingNowRow(childName)).isHidden(GONE);
        assertThat(worker.evaluate("() => window.__convenePageMarker")).isEqualTo("not reloaded");

        // the worker offers the interview; the coordinator's board shows the offer live
        MissingEpisodePage workerEpisode = workerBoard.openAwaiting(childName);
        workerEpisode.offerInterview("Safe Steps " + suffix);
        assertThat(workerEpisode.interviewDetails()).containsText("Yes, by Safe Steps " + suffix, SOON);
        assertThat(board.awaitingGrid()).containsText("Yes: Safe Steps " + suffix, SOON);

        // and records it completed, within the 72 hours
        workerEpisode.recordCompletedInterview("Arguments at home about curfew.", "Older friends with a car.",
                "A flat in Northtown.", "None. Fictitious.", "Exploitation panel");
        assertThat(workerEpisode.interviewDetails()).containsText("Completed", SOON);
        assertThat(workerEpisode.interviewDetails()).containsText("within 72 hours", SOON);

        // both boards update: the coordinator's by push, the worker's when back on it
        assertThat(board.awaitingRow(childName)).isHidden(GONE);
        assertThat(coordinator.evaluate("() => window.__convenePageMarker")).isEqualTo("not reloaded");
        workerBoard = MissingBoardPage.viaMenu(worker, baseUrl);
        assertThat(workerBoard.awaitingRow(childName)).isHidden(GONE);
        assertThat(workerBoard.missingNowRow(childName)).isHidden(GONE);
        assertThat(worker.evaluate("() => window.__convenePageMarker")).isEqualTo("not reloaded");
    }

    private Page signIn(BrowserContext context, String username) {
        Page page = context.newPage();
        new LoginPage(page, baseUrl).open().signInAs(username, ConveneSpringTest.DEMO_PASSWORD);
        return page;
    }

    /** A fictitious child with a record, visible to the read side (so the report form offers it). */
    private void childWithARecord(String childName, LocalDate born) throws Exception {
        String childId = UUID.randomUUID().toString();
        TestUsers.run(users, "police.screener", () -> {
            commandGateway.sendAndWait(new RegisterChildCommand(childId, childName, born, false, null, null,
                    "Northtown", List.of(), false));
            Eventually.await(() -> {
                try {
                    return queryGateway.query(new FindChildQuery(childId), ResponseTypes.instanceOf(ChildDetails.class))
                            .get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    return null;
                }
            }, Objects::nonNull, Duration.ofSeconds(60));
        });
    }
}
