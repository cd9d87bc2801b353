package org.convene.ui.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.coordination.shared.api.TextRules.UK;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.infra.security.MongoUserDetailsService;
import org.convene.testsupport.TestChildren;
import org.convene.ui.ConveneSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;

/**
 * The acceptance test of missing episodes, in two browsers: a coordinator reports a child missing;
 * the child is under "Missing now"; the coordinator records the child found; the child moves to
 * "Returned: interview due" with the time left; the return-interview worker, whose board is open,
 * sees it appear without a reload, offers the interview and records it completed within the 72
 * hours; both boards update.
 */
@ConveneSpringTest
@ExtendWith(BrowserExtension.class)
class MissingEpisodeIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

    @Autowired
    private CommandGateway commandGateway;
    @Autowired
    private QueryGateway queryGateway;
    @Autowired
    private MongoUserDetailsService users;

    @Test
    void aChildIsReportedMissingFoundAndInterviewedWithinTheTimeAndBothBoardsFollow(Windows windows) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String childName = "Missing Child " + suffix;
        LocalDate born = LocalDate.now(UK).minusYears(14).minusDays(40);
        TestChildren.withAReadableRecord(commandGateway, queryGateway, users, childName, born);

        // the return-interview worker lands on the missing-children board and keeps it open
        Page worker = windows.signedInAs("return.worker");
        MissingBoardPage workerBoard = new MissingBoardPage(worker).waitUntilShown();
        worker.evaluate("() => window.__convenePageMarker = 'not reloaded'");

        // the coordinator reports the child missing, matched to the child's record
        Page coordinator = windows.signedInAs("police.screener");
        MissingBoardPage board = new MissingBoardPage(coordinator).open();
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
        assertThat(board.missingNowRow(childName).first()).isVisible();
        assertThat(coordinator.locator("#missing-now")).containsText("High risk");
        assertThat(workerBoard.missingNowRow(childName).first()).isVisible();

        // found: the child moves to "Returned: interview due", with the time left of the 72 hours
        MissingEpisodePage episode = board.openMissing(childName);
        episode.recordFound("A friend's flat in Northtown", "Police", null);
        assertThat(episode.returnDetails()).containsText("A friend's flat in Northtown");
        assertThat(episode.status()).containsText("Return interview due by");
        board = MissingBoardPage.viaMenu(coordinator);
        coordinator.evaluate("() => window.__convenePageMarker = 'not reloaded'");
        assertThat(board.awaitingRow(childName).first()).isVisible();
        assertThat(board.missingNowRow(childName)).isHidden();
        assertThat(board.awaitingGrid()).containsText("2 days 23 h left");

        // the worker's open board shows it without a reload
        assertThat(workerBoard.awaitingRow(childName).first()).isVisible();
        assertThat(workerBoard.missingNowRow(childName)).isHidden();
        assertThat(worker.evaluate("() => window.__convenePageMarker")).isEqualTo("not reloaded");

        // the worker offers the interview; the coordinator's board shows the offer live
        MissingEpisodePage workerEpisode = workerBoard.openAwaiting(childName);
        workerEpisode.offerInterview("Safe Steps " + suffix);
        assertThat(workerEpisode.interviewDetails()).containsText("Yes, by Safe Steps " + suffix);
        assertThat(board.awaitingGrid()).containsText("Yes: Safe Steps " + suffix);

        // and records it completed, within the 72 hours
        workerEpisode.recordCompletedInterview("Arguments at home about curfew.", "Older friends with a car.",
                "A flat in Northtown.", "None. Fictitious.", "Exploitation panel");
        assertThat(workerEpisode.interviewDetails()).containsText("Completed");
        assertThat(workerEpisode.interviewDetails()).containsText("within 72 hours");

        // both boards update: the coordinator's by push, the worker's when back on it
        assertThat(board.awaitingRow(childName)).isHidden();
        assertThat(coordinator.evaluate("() => window.__convenePageMarker")).isEqualTo("not reloaded");
        workerBoard = MissingBoardPage.viaMenu(worker);
        assertThat(workerBoard.awaitingRow(childName)).isHidden();
        assertThat(workerBoard.missingNowRow(childName)).isHidden();
        assertThat(worker.evaluate("() => window.__convenePageMarker")).isEqualTo("not reloaded");
    }
}
