package org.convene.ui.panel;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.convene.coordination.panel.api.ActionHeading;
import org.convene.coordination.panel.api.ExploitationType;
import org.convene.coordination.panel.api.PanelActionSpec;
import org.convene.coordination.panel.api.PanelRiskLevel;
import org.convene.coordination.panel.api.RecordPanelDiscussionCommand;
import org.convene.coordination.shared.api.TextRules;
import org.convene.query.panel.api.FindPanelCaseQuery;
import org.convene.query.panel.api.PanelAgenda;
import org.convene.query.panel.api.PanelCaseDetails;
import org.convene.testsupport.Eventually;
import org.convene.testsupport.TestUsers;
import org.convene.ui.KaribuViewTestBase;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;

/** The panel screens: menu and role-dependent controls, the outcome form's checks, actions, deferral. */
class PanelViewsTest extends KaribuViewTestBase {

    private static LocalDate today() {
        return LocalDate.now(TextRules.UK);
    }

    /** A young person referred to the panel by the police member, once the panel case shows; answers the child id. */
    private String referred(String name) throws Exception {
        String childId = PanelFixtures.referredToPanel(commandGateway, users, name, ExploitationType.SEXUAL,
                "Older males outside school. Fictitious.");
        caseOnceItShows(childId, d -> d != null && d.childName().equals(name));
        return childId;
    }

    private void caseOnceItShows(String childId, Predicate<PanelCaseDetails> shows) throws Exception {
        TestUsers.run(users, "panel.chair", () -> Eventually.answer(queryGateway, new FindPanelCaseQuery(childId),
                PanelCaseDetails.class, shows, TIMEOUT));
    }

    private PanelCaseView openCase(String childId) {
        UI.getCurrent().navigate(PanelCaseView.class, new RouteParameters(PanelCaseView.CHILD_ID, childId));
        return _get(PanelCaseView.class);
    }

    @Test
    void panelMenuItemsAreForPanelChairsAndMembersOnly() {
        assertThat(homeMenuOf("analyst")).doesNotContain("Exploitation panel", "Panel meetings");
    }

    @Test
    void theOutcomeFormListsEveryProblemAndRecordsNothing() throws Exception {
        String childId = referred("Outcome Check " + UUID.randomUUID().toString().substring(0, 6));
        loginAs("panel.chair");
        PanelCaseView view = openCase(childId);
        long before = storedEvents();

        PanelOutcomeDialog dialog = view.openOutcome();
        _setValue(dialog.risk, null);
        _setValue(dialog.nextReview, null);
        dialog.addActionRow();
        _click(dialog.save);

        assertThat(dialog.errors.getElement().getTextRecursively()).contains("Choose the agreed risk level",
                "Give the rationale for the risk level.", "Set the next review date, or close the case",
                "Action 1: choose the heading", "Action 1: describe what is to be done", "Action 1: choose the owner");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void onlyTheOwnerAgencyMarksItsActionDoneAndTheCasePageFollows() throws Exception {
        String childId = referred("Action Owner " + UUID.randomUUID().toString().substring(0, 6));
        TestUsers.run(users, "panel.chair", () -> commandGateway.sendAndWait(new RecordPanelDiscussionCommand(childId,
                UUID.randomUUID().toString(), null, today(), PanelRiskLevel.HIGH, "Escalating. Fictitious.", null,
                List.of("Kingsford retail park"), List.of(), List.of(
                        new PanelActionSpec(UUID.randomUUID().toString(), ActionHeading.PURSUE, "Disruption visit",
                                "northshire-police", today().plusDays(7)),
                        new PanelActionSpec(UUID.randomUUID().toString(), ActionHeading.PROTECT, "Safety plan",
                                "northshire-csc", today().plusDays(7))),
                today().plusDays(28), null, null)));
        caseOnceItShows(childId, d -> d != null && d.actions().size() == 2);

        loginAs("panel.member");   // Northshire Police
        UI.getCurrent().navigate(PanelCasesView.class);
        assertThat(eventually(TIMEOUT, () -> com.github.mvysny.kaributesting.v10.GridKt._findAll(
                _get(PanelCasesView.class).grid).stream().anyMatch(s -> s.childId().equals(childId))))
                .as("the young person is in the open cases").isTrue();
        PanelCaseView view = openCase(childId);
        List<Button> markDone = _find(Button.class, spec -> spec.withText("Mark done"));
        assertThat(markDone).as("only the police action can be marked done by the police").hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("panel-case-outcome"))).isEmpty();

        _click(markDone.get(0));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextArea.class, spec -> spec.withId("action-done-outcome")), "Two adults warned.");
        _click(_get(dialog, Button.class, spec -> spec.withId("action-done-save")));

        assertThat(eventually(TIMEOUT, () -> view.details != null && view.details.actions().stream()
                .anyMatch(a -> a.heading() == ActionHeading.PURSUE && "DONE".equals(a.status()))))
                .as("the page shows the action done").isTrue();
        assertThat(view.body.getElement().getTextRecursively()).contains("Pursue (1 of 1 done)", "Two adults warned.",
                "Protect (0 of 1 done)", "Kingsford retail park");
    }

    @Test
    void theChairDefersAnAgendaItemOnlyWithAReasonAndMembersCannotRecordOutcomes() throws Exception {
        String name = "Defer Check " + UUID.randomUUID().toString().substring(0, 6);
        String childId = referred(name);
        String meetingId = PanelFixtures.meetingWithOnItsAgenda(commandGateway, queryGateway, users,
                today().plusDays(2), childId, TIMEOUT);

        loginAs("panel.member");
        PanelAgendaView memberView = PanelFixtures.openAgenda(meetingId);
        assertThat(memberView.items.getElement().getTextRecursively()).contains(name, "New referral");
        assertThat(_find(Button.class, spec -> spec.withText("Record outcome"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Defer"))).isEmpty();

        loginAs("panel.chair");
        PanelAgendaView view = PanelFixtures.openAgenda(meetingId);
        PanelAgenda.Item item = view.agenda.items().stream().filter(i -> i.childId().equals(childId)).findFirst()
                .orElseThrow();
        long before = storedEvents();
        Dialog dialog = view.openDefer(item);
        _click(_get(dialog, Button.class, spec -> spec.withId("defer-save")));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getElement().getTextRecursively()).contains("Give the reason for deferring the item.");
        assertThat(storedEvents()).isEqualTo(before);

        _setValue(_get(dialog, TextArea.class, spec -> spec.withId("defer-reason")), "Social worker on leave.");
        _click(_get(dialog, Button.class, spec -> spec.withId("defer-save")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(eventually(TIMEOUT, () -> view.deferred.getElement().getTextRecursively()
                .contains(name + ": Social worker on leave.")))
                .as("the item moves to Deferred").isTrue();
        assertThat(view.items.getElement().getTextRecursively()).doesNotContain(name);
    }
}
