package org.convene.ui.missing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.coordination.missing.api.InterviewOutcome;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.missing.api.RecordChildReturnedCommand;
import org.convene.coordination.missing.api.ReportMissingEpisodeCommand;
import org.convene.query.missing.api.AwaitingInterviewItem;
import org.convene.query.missing.api.FindMissingEpisodeQuery;
import org.convene.query.missing.api.MissingEpisodeDetails;
import org.convene.query.missing.api.MissingNowItem;
import org.convene.testsupport.Eventually;
import org.convene.testsupport.TestUsers;
import org.convene.ui.KaribuViewTestBase;
import org.convene.ui.shared.Formats;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteParameters;

/** The missing-children screens: the report form, recording the return, the return interview. */
class MissingViewsTest extends KaribuViewTestBase {

    @Test
    void theReportFormListsEveryProblemAtOnceAndRecordsNothing() {
        loginAs("police.screener");
        long eventsBefore = storedEvents();

        ReportMissingDialog dialog = openDialog(MissingBoardView.class, "report-missing", ReportMissingDialog.class);
        // a valid new child, but nothing about the episode
        _setValue(dialog.child.name, "Report Problem " + UUID.randomUUID().toString().substring(0, 6));
        _setValue(dialog.child.dateOfBirth, LocalDate.now().minusYears(14));
        _setValue(dialog.missingFrom, MissingFrom.CARE);
        _click(dialog.save);

        String shown = dialog.errors.getElement().getTextRecursively();
        assertThat(shown).contains("For a looked-after child, choose M (missing) or A",
                "Enter when the child was last seen.", "Enter the police reference.", "Choose the police risk level.");
        assertThat(dialog.errors.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(storedEvents())
                .as("no child is registered while the report is invalid").isEqualTo(eventsBefore);
    }

    @Test
    void aCoordinatorReportsANewChildMissingAndTheBoardShowsItLive() {
        loginAs("police.screener");
        UI.getCurrent().navigate(MissingBoardView.class);
        MissingBoardView board = _get(MissingBoardView.class);
        String name = "Reported Child " + UUID.randomUUID().toString().substring(0, 6);

        _click(board.report);
        ReportMissingDialog dialog = _get(ReportMissingDialog.class);
        _setValue(dialog.child.name, name);
        _setValue(dialog.child.dateOfBirth, LocalDate.now().minusYears(13));
        _setValue(dialog.child.match, org.convene.ui.referral.ChildEntry.NEW_CHILD);
        _setValue(dialog.missingFrom, MissingFrom.HOME);
        _setValue(dialog.lastSeenAt, LocalDateTime.now(Formats.UK).minusHours(3).truncatedTo(ChronoUnit.MINUTES));
        String reference = "NP-" + name.substring(15);
        _setValue(dialog.policeReference, reference);
        _setValue(dialog.riskLevel, MissingRiskLevel.HIGH);
        _setValue(dialog.reportedBy, "Mother");
        _click(dialog.save);

        assertThat(dialog.errors.getElement().getTextRecursively()).isEmpty();
        assertThat(dialog.isOpened()).isFalse();
        // found by the police reference: the new child's name may reach the read side a moment later
        assertThat(eventually(TIMEOUT, () -> GridKt._findAll(board.missingNow).stream()
                .anyMatch(i -> reference.equals(i.policeReference())))).as("the child is under 'Missing now'").isTrue();
        MissingNowItem item = GridKt._findAll(board.missingNow).stream()
                .filter(i -> reference.equals(i.policeReference())).findFirst().orElseThrow();
        assertThat(item.riskLevel()).isEqualTo(MissingRiskLevel.HIGH);
        assertThat(GridKt._getFormattedRow(board.missingNow, GridKt._findAll(board.missingNow).indexOf(item)))
                .anyMatch(cell -> cell.contains("3 h")).anyMatch(cell -> cell.contains("From home"));
    }

    @Test
    void aCoordinatorRecordsTheChildFoundAndTheInterviewBecomesDue() throws Exception {
        String episodeId = missingEpisode("Found Child", false);
        loginAs("police.screener");
        MissingEpisodeView view = open(episodeId);
        assertThat(view.returnForm.isVisible()).isTrue();
        assertThat(view.outcomeForm.isVisible()).as("the screener does not record interview outcomes").isFalse();

        _setValue(view.returnForm.returnedAt, LocalDateTime.now(Formats.UK).plusDays(1));
        _click(view.returnForm.save);
        assertThat(view.returnForm.errors.getElement().getTextRecursively()).contains("The return cannot be in the future.");

        _setValue(view.returnForm.returnedAt, LocalDateTime.now(Formats.UK).minusMinutes(30).truncatedTo(ChronoUnit.MINUTES));
        _setValue(view.returnForm.whereFound, "A friend's flat in Northtown");
        _setValue(view.returnForm.foundBy, "Police");
        _click(view.returnForm.save);

        assertThat(view.returnForm.errors.getElement().getTextRecursively()).isEmpty();
        assertThat(eventually(TIMEOUT, () -> view.episode.returnedAt() != null))
                .as("the screen shows the return once the read side has it").isTrue();
        assertThat(view.returnForm.isVisible()).isFalse();
        assertThat(view.reassessForm.isVisible()).isFalse();
        assertThat(view.offerForm.isVisible()).isTrue();
        assertThat(view.status.getText()).contains("Return interview due by").contains("left");
        assertThat(view.afterReturn.returnDetails.getElement().getTextRecursively()).contains("A friend's flat in Northtown");

        UI.getCurrent().navigate(MissingBoardView.class);
        MissingBoardView board = _get(MissingBoardView.class);
        assertThat(eventually(TIMEOUT, () -> GridKt._findAll(board.awaiting).stream()
                .anyMatch(i -> i.episodeId().equals(episodeId)))).isTrue();
        assertThat(GridKt._findAll(board.missingNow).stream().noneMatch(i -> i.episodeId().equals(episodeId))).isTrue();
        AwaitingInterviewItem row = GridKt._findAll(board.awaiting).stream()
                .filter(i -> i.episodeId().equals(episodeId)).findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(board.awaiting, GridKt._findAll(board.awaiting).indexOf(row)))
                .anyMatch(cell -> cell.contains("2 days 23 h left")).contains("No");
    }

    @Test
    void aCoordinatorReassessesTheRiskAndRecordsTextSafeWhileTheChildIsMissing() throws Exception {
        MissingEpisodeView view = openedBy("police.screener", missingEpisode("TextSafe Child", false));

        _setValue(view.reassessForm.riskLevel, MissingRiskLevel.HIGH);
        _setValue(view.reassessForm.reason, "Seen with adults known to police. Fictitious.");
        _click(view.reassessForm.save);
        assertThat(view.reassessForm.errors.getElement().getTextRecursively()).isEmpty();
        assertThat(view.reassessForm.riskLevel.getValue()).as("the form is ready for the next one").isNull();
        assertThat(eventually(TIMEOUT, () -> view.episode.riskLevel() == MissingRiskLevel.HIGH)).isTrue();
        assertThat(GridKt._size(view.report.riskHistory)).isEqualTo(2);

        assertThat(view.textSafeForm.save.getText()).isEqualTo("Record consent");
        _setValue(view.textSafeForm.consentBy, "Father");
        _setValue(view.textSafeForm.relationship, "Father");
        _click(view.textSafeForm.save);
        assertThat(eventually(TIMEOUT, () -> view.episode.textSafeConsentBy() != null)).isTrue();
        assertThat(view.textSafeForm.save.getText()).as("then the text itself").isEqualTo("Record text sent");
        _click(view.textSafeForm.save);
        assertThat(eventually(TIMEOUT, () -> view.episode.textSafeSentAt() != null)).isTrue();
        assertThat(view.textSafeForm.isVisible()).isFalse();
    }

    @Test
    void aReturnWorkerLandsOnTheBoardOffersAndRecordsACompletedInterview() throws Exception {
        String episodeId = missingEpisode("Interviewed Child", true);
        loginAs("return.worker");
        UI.getCurrent().navigate("");
        _get(MissingBoardView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Missing children");
        assertThat(_get(MissingBoardView.class).report.isVisible()).as("only coordinators report").isFalse();

        MissingEpisodeView view = open(episodeId);
        assertThat(view.returnForm.isVisible()).isFalse();
        _setValue(view.offerForm.provider, "Safe Steps (independent)");
        _click(view.offerForm.save);
        assertThat(view.offerForm.errors.getElement().getTextRecursively()).isEmpty();
        assertThat(eventually(TIMEOUT, () -> view.episode.interviewProvider() != null)).isTrue();
        assertThat(view.episode.interviewProvider()).isEqualTo("Safe Steps (independent)");
        assertThat(view.offerForm.isVisible()).isFalse();

        _setValue(view.outcomeForm.outcome, InterviewOutcome.COMPLETED);
        _click(view.outcomeForm.save);
        assertThat(view.outcomeForm.errors.getElement().getTextRecursively())
                .contains("Record what the completed interview found.");
        assertThat(view.episode.interviewOutcome()).isNull();

        _setValue(view.outcomeForm.pushFactors, "Arguments at home about curfew.");
        _setValue(view.outcomeForm.pullFactors, "Older friends with a car.");
        _setValue(view.outcomeForm.whereabouts, "A flat in Southport.");
        _setValue(view.outcomeForm.indicators, Set.of("Unexplained money, phones or gifts"));
        _setValue(view.outcomeForm.onwardReferrals, "Exploitation panel\nSchool nurse");
        _click(view.outcomeForm.save);

        assertThat(view.outcomeForm.errors.getElement().getTextRecursively()).isEmpty();
        assertThat(eventually(TIMEOUT, () -> view.episode.interviewOutcome() != null)).isTrue();
        assertThat(view.episode.interviewOutcome()).isEqualTo(InterviewOutcome.COMPLETED);
        assertThat(view.episode.interviewWithinDeadline()).isTrue();
        assertThat(view.episode.findings().onwardReferrals()).containsExactly("Exploitation panel", "School nurse");
        assertThat(view.outcomeForm.isVisible()).isFalse();
        assertThat(view.afterReturn.interviewDetails.getElement().getTextRecursively()).contains("Completed", "within 72 hours",
                "Older friends with a car.");
    }

    @Test
    void anInterviewThatWasNotPossibleNeedsAReason() throws Exception {
        MissingEpisodeView view = openedBy("return.worker", missingEpisode("Not Possible Child", true));
        _setValue(view.outcomeForm.outcome, InterviewOutcome.NOT_POSSIBLE);
        assertThat(view.outcomeForm.notPossibleReason.isVisible()).isTrue();
        assertThat(view.outcomeForm.findingsFields.isVisible()).isFalse();
        _click(view.outcomeForm.save);
        assertThat(view.outcomeForm.errors.getElement().getTextRecursively())
                .contains("Give the reason the interview was not possible.");
        _setValue(view.outcomeForm.notPossibleReason, "The family moved out of the area.");
        _click(view.outcomeForm.save);
        assertThat(eventually(TIMEOUT, () -> view.episode.interviewOutcome() != null)).isTrue();
        assertThat(view.episode.interviewOutcome()).isEqualTo(InterviewOutcome.NOT_POSSIBLE);
        assertThat(view.episode.notPossibleReason()).isEqualTo("The family moved out of the area.");
    }

    @Test
    void theChildsMissingHistoryListsTheEpisodes() throws Exception {
        String episodeId = missingEpisode("History Child", true);
        loginAs("police.screener");
        MissingEpisodeView view = open(episodeId);
        String childId = view.episode.childId();
        UI.getCurrent().navigate(ChildMissingHistoryView.class,
                new RouteParameters(ChildMissingHistoryView.CHILD_ID, childId),
                org.convene.ui.shared.PurposePrompt.parameters(org.convene.query.audit.api.AccessPurpose.MISSING));
        ChildMissingHistoryView history = _get(ChildMissingHistoryView.class);
        assertThat(history.title().getText()).startsWith("Missing history: History Child");
        assertThat(GridKt._findAll(history.grid)).extracting(MissingEpisodeDetails::episodeId).contains(episodeId);
        assertThat(history.about.getText()).startsWith("1 episode recorded");
    }

    private MissingEpisodeView openedBy(String username, String episodeId) throws InterruptedException {
        loginAs(username);
        return open(episodeId);
    }

    private MissingEpisodeView open(String episodeId) throws InterruptedException {
        UI.getCurrent().navigate(MissingEpisodeView.class,
                new RouteParameters(MissingEpisodeView.EPISODE_ID, episodeId));
        return _get(MissingEpisodeView.class);
    }

    /** A new child reported missing 5 hours ago (as the police screener), returned 1 hour ago if asked. */
    private String missingEpisode(String namePrefix, boolean returned) throws Exception {
        String childId = UUID.randomUUID().toString();
        String episodeId = UUID.randomUUID().toString();
        Instant seen = Instant.now().minus(5, ChronoUnit.HOURS);
        TestUsers.run(users, "police.screener", () -> {
            commandGateway.sendAndWait(new RegisterChildCommand(childId, namePrefix + " "
                    + episodeId.substring(0, 6), LocalDate.now().minusYears(14), false, null, null, "Northtown",
                    List.of(), false));
            // the child's record on the read side first, so that the episode is projected with the name
            Eventually.await(() -> {
                try {
                    return queryGateway.query(new org.convene.query.child.api.FindChildQuery(childId),
                            ResponseTypes.instanceOf(org.convene.query.child.api.ChildDetails.class))
                            .get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    return null;
                }
            }, java.util.Objects::nonNull, Duration.ofSeconds(60));
            commandGateway.sendAndWait(new ReportMissingEpisodeCommand(episodeId, childId, MissingFrom.HOME, null, seen,
                    "NP-" + episodeId.substring(0, 8), MissingRiskLevel.MEDIUM, "Father", "Did not come home from "
                    + "school. Fictitious.", "Northtown bus station"));
            if (returned) {
                commandGateway.sendAndWait(new RecordChildReturnedCommand(episodeId,
                        Instant.now().minus(1, ChronoUnit.HOURS), "Home", "Returned by themselves", null));
            }
            Eventually.await(() -> {
                try {
                    return queryGateway.query(new FindMissingEpisodeQuery(episodeId),
                            ResponseTypes.instanceOf(MissingEpisodeDetails.class)).get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    return null;
                }
            }, d -> d != null && (!returned || d.returnedAt() != null), TIMEOUT);
        });
        return episodeId;
    }
}
