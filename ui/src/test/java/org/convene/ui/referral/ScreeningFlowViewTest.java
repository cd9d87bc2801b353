package org.convene.ui.referral;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.convene.coordination.referral.api.ScreeningResponse;
import org.convene.query.action.api.OpenActionSummary;
import org.convene.query.referral.api.ActionView;
import org.convene.query.referral.api.MeetingBoardItem;
import org.convene.testsupport.TestReferrals;
import org.convene.ui.KaribuViewTestBase;
import org.convene.ui.action.OurActionsView;
import org.convene.ui.meeting.MeetingBoardView;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.EventForm;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.html.Div;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import org.convene.ui.referral.ReferralView;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouteParameters;

/**
 * The daily meeting in browser-less view tests: agencies' checks side by side, the chair's
 * decision with an action, the board and the owner agency's action list.
 */
class ScreeningFlowViewTest extends KaribuViewTestBase {

    @Test
    void checksDecisionAndActionFlowThroughTheScreens() throws Exception {
        String referralId = TestReferrals.awaitingScreening(commandGateway, users,
                "Flow Child " + UUID.randomUUID().toString().substring(0, 6));

        // police records its checks
        loginAs("police.screener");
        ReferralView view = openReferral(referralId);
        savingEmptyShows(view.ourChecks, view.ourChecks, "Say whether the child or family is known to your agency.");
        _setValue(view.ourChecks.known, true);
        _setValue(view.ourChecks.information, "Two previous call-outs to the address. Fictitious.");
        _click(view.ourChecks.save);
        assertThat(view.ourChecks.errors.getElement().getTextRecursively()).isEmpty();
        assertThat(eventually(TIMEOUT, () -> view.contributions.getElement().getTextRecursively()
                .contains("Northshire Police"))).as("the contribution card shows the agency's name").isTrue();
        assertThat(view.contributions.getElement().getTextRecursively())
                .contains("Known to agency", "Two previous call-outs", "police.screener")
                .doesNotContain("northshire-police");
        assertThat(view.decisionForm.isVisible()).as("a screener cannot decide").isFalse();

        // the chair decides, with an action for the police
        switchTo("mash.chair");
        ReferralView chair = openReferral(referralId);
        assertThat(eventually(TIMEOUT, () -> chair.decisionForm.isVisible())).isTrue();
        _click(chair.decisionForm.save);
        assertThat(chair.decisionForm.errors.getElement().getTextRecursively()).contains("Choose the response.",
                "Choose the level of need (1 to 4).", "Record the rationale for the decision.",
                "Choose the risk to the children on the domestic violence risk scale (1 to 4).");
        assertThat(chair.decisionForm.fields.agenciesPresent.getValue()).as("contributing agencies are preselected")
                .contains("northshire-police");
        _setValue(chair.decisionForm.fields.agenciesPresent, Set.of("northshire-police", "northshire-csc"));
        _setValue(chair.decisionForm.fields.response, ScreeningResponse.EARLY_HELP);
        _setValue(chair.decisionForm.fields.levelOfNeed, 3);
        _setValue(chair.decisionForm.fields.riskScale, 2);
        _setValue(chair.decisionForm.fields.rationale, "Known pattern; family agrees to early help. Fictitious.");
        var action = chair.decisionForm.fields.addAction();
        _setValue(action.description, "Visit the family " + referralId.substring(0, 6));
        _setValue(action.owner, "northshire-police");
        _setValue(action.dueDate, LocalDate.now(Formats.UK).plusDays(3));
        _click(chair.decisionForm.save);
        assertThat(chair.decisionForm.errors.getElement().getTextRecursively()).isEmpty();
        assertThat(eventually(TIMEOUT, () -> chair.reviseSection.isVisible() && !chair.decisionForm.isVisible()))
                .as("after the decision: history and the revise form").isTrue();
        assertThat(chair.history.getElement().getTextRecursively()).contains("Early help",
                "3 – Complex / early help", "2 – Moderate to serious", "Northshire Police");
        assertThat(eventually(TIMEOUT, () -> GridKt._size(chair.actions) == 1)).isTrue();
        ActionView agreed = GridKt._get(chair.actions, 0);
        assertThat(agreed.ownerAgencyId()).isEqualTo("northshire-police");

        // a revision needs a reason
        _click(chair.revisionForm.save);
        assertThat(chair.revisionForm.errors.getElement().getTextRecursively())
                .contains("Give the reason for revising the decision.");

        // the referral has left the board
        switchTo("police.screener");
        _get(MeetingBoardView.class);
        Grid<MeetingBoardItem> boardGrid = boardGrid();
        assertThat(eventually(TIMEOUT, () -> GridKt._findAll(boardGrid).stream()
                .noneMatch(i -> i.referralId().equals(referralId)))).isTrue();

        // police marks its action done
        UI.getCurrent().navigate(OurActionsView.class);
        _get(OurActionsView.class);
        @SuppressWarnings("unchecked")
        Grid<OpenActionSummary> ours = _get(Grid.class, spec -> spec.withId("our-actions"));
        assertThat(eventually(TIMEOUT, () -> GridKt._findAll(ours).stream()
                .anyMatch(a -> a.actionId().equals(agreed.actionId())))).isTrue();
        OpenActionSummary open = GridKt._findAll(ours).stream()
                .filter(a -> a.actionId().equals(agreed.actionId())).findFirst().orElseThrow();
        _click((Button) GridKt._getCellComponent(ours, GridKt._findAll(ours).indexOf(open), "done"));
        Button confirm = _get(Button.class, spec -> spec.withId("confirm-action-done"));
        _click(confirm);
        assertThat(_get(Div.class, spec -> spec.withId("action-done-errors")).getElement().getTextRecursively())
                .contains("Record the outcome of the action.");
        _setValue(_get(TextArea.class, spec -> spec.withId("action-outcome")), "Visited; advice given. Fictitious.");
        _click(confirm);
        _assertNone(TextArea.class, spec -> spec.withId("action-outcome"));
        assertThat(eventually(TIMEOUT, () -> GridKt._findAll(ours).stream()
                .noneMatch(a -> a.actionId().equals(agreed.actionId())))).as("the done action leaves the list")
                .isTrue();
    }

    @Test
    void aScreenerWithdrawsAReferralWithAReason() throws Exception {
        String referralId = TestReferrals.awaitingScreening(commandGateway, users,
                "Withdrawn Child " + UUID.randomUUID().toString().substring(0, 6));
        loginAs("social.screener");
        ReferralView view = openReferral(referralId);
        savingEmptyShows(view.withdrawSection, view.withdrawForm, "Give the reason for withdrawing the referral.");
        _setValue(view.withdrawForm.reason, "Duplicate of another notification.");
        _click(view.withdrawForm.save);
        assertThat(eventually(TIMEOUT, () -> view.status.getText().equals("Withdrawn"))).isTrue();
        assertThat(view.withdrawSection.isVisible()).isFalse();
    }

    /** Once the form's part of the screen is shown, saving the form empty lists this problem. */
    private static void savingEmptyShows(Component shownIn, EventForm<?> form, String problem) {
        assertThat(eventually(TIMEOUT, shownIn::isVisible)).isTrue();
        _click(form.save);
        assertThat(form.errors.getElement().getTextRecursively()).contains(problem);
    }

    private ReferralView openReferral(String referralId) {
        UI.getCurrent().navigate(ReferralView.class, new RouteParameters(ReferralView.REFERRAL_ID, referralId));
        ReferralView view = _get(ReferralView.class);
        return view;
    }

    /** Another person at the meeting: signs them in and shows their board (a new view instance). */
    private void switchTo(String username) {
        loginAs(username);
        UI.getCurrent().navigate(MeetingBoardView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<MeetingBoardItem> boardGrid() {
        return _get(Grid.class, spec -> spec.withId("meeting-board"));
    }
}
