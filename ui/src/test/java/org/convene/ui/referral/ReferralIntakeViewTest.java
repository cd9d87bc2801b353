package org.convene.ui.referral;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.coordination.referral.api.DashLevel;
import org.convene.query.referral.api.MeetingBoardItem;
import org.convene.testsupport.TestUsers;
import org.convene.ui.KaribuViewTestBase;
import org.convene.ui.meeting.MeetingBoardView;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

/** Referral intake: children matched to existing records or registered, every problem at once. */
class ReferralIntakeViewTest extends KaribuViewTestBase {

    @Test
    void theIntakeFormListsEveryProblemAtOnceAndRecordsNothing() {
        loginAs("police.screener");
        long eventsBefore = storedEvents();

        var dialog = openDialog(MeetingBoardView.class, "record-referral", RecordReferralDialog.class);
        assertThat(dialog.source.getValue()).as("a police notification comes from the police").isEqualTo("6");
        _setValue(dialog.source, null);
        // a valid new child, but the referral itself lacks a source and a DASH level
        _setValue(dialog.children.get(0).name, "Intake Problem " + UUID.randomUUID().toString().substring(0, 6));
        _setValue(dialog.children.get(0).dateOfBirth, LocalDate.now().minusYears(3));
        _click(dialog.save);

        String shown = dialog.errors.getElement().getTextRecursively();
        assertThat(shown).contains("Choose the source of referral.",
                "Give the DASH risk level for a domestic-abuse notification.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(storedEvents())
                .as("no child is registered while the referral is invalid").isEqualTo(eventsBefore);
    }

    @Test
    void aScreenerRecordsAReferralForAnExistingChildAndANewOne() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String knownName = "Known Child " + suffix;
        LocalDate knownBorn = LocalDate.now().minusYears(6).minusDays(10);
        String knownId = UUID.randomUUID().toString();
        TestUsers.run(users, "social.screener", () -> commandGateway.sendAndWait(new RegisterChildCommand(knownId,
                knownName, knownBorn, false, "2", null, "Northtown", List.of(), false)));

        loginAs("police.screener");
        UI.getCurrent().navigate(MeetingBoardView.class);
        _get(MeetingBoardView.class);
        Grid<MeetingBoardItem> boardGrid = boardGrid();
        _click(_get(Button.class, spec -> spec.withId("record-referral")));
        var dialog = _get(RecordReferralDialog.class);
        _setValue(dialog.source, "6");
        _setValue(dialog.dashLevel, DashLevel.HIGH);
        _setValue(dialog.urgent, true);
        _setValue(dialog.concerns, Set.of("3A"));
        _setValue(dialog.narrative, "Recorded by a view test. Fictitious.");
        var first = dialog.children.get(0);
        _setValue(first.dateOfBirth, knownBorn);
        assertThat(eventually(TIMEOUT, () -> {
            _setValue(first.name, "Known Chlid " + suffix); // misspelt: still offered
            return first.match.getListDataView().getItems().anyMatch(knownId::equals);
        })).as("the existing record is offered as a likely match").isTrue();
        _setValue(first.match, knownId);
        var second = dialog.children.size() > 1 ? dialog.children.get(1) : null;
        assertThat(second).isNull();
        _click(dialog.addChild);
        second = dialog.children.get(1);
        String newName = "New Baby " + suffix;
        _setValue(second.name, newName);
        _setValue(second.dateOfBirth, LocalDate.now().plusMonths(2));
        _setValue(second.unborn, true);
        var adult = dialog.addAdult();
        _setValue(adult.name, "Fictitious Adult");
        _setValue(adult.role, org.convene.coordination.referral.api.AdultRole.VICTIM);
        _click(dialog.save);

        assertThat(dialog.errors.getElement().getTextRecursively()).isEmpty();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(eventually(TIMEOUT, () -> GridKt._findAll(boardGrid).stream().anyMatch(i ->
                i.children().stream().anyMatch(c -> c.fullName().equals(newName))
                        && i.children().stream().anyMatch(c -> c.childId().equals(knownId)))))
                .as("the referral reaches the board live, naming the existing and the new child").isTrue();
        MeetingBoardItem item = GridKt._findAll(boardGrid).stream()
                .filter(i -> i.children().stream().anyMatch(c -> c.childId().equals(knownId))).findFirst().orElseThrow();
        assertThat(item.urgent()).isTrue();
        assertThat(GridKt._findAll(boardGrid).get(0).urgent()).as("urgent referrals come first").isTrue();
        assertThat(GridKt._getFormattedRow(boardGrid, GridKt._findAll(boardGrid).indexOf(item)))
                .anyMatch(cell -> cell.contains("None yet"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<MeetingBoardItem> boardGrid() {
        return _get(Grid.class, spec -> spec.withId("meeting-board"));
    }
}
