package org.convene.ui.panel;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.convene.coordination.panel.api.ActionHeading;
import org.convene.coordination.panel.api.ClosureReason;
import org.convene.coordination.panel.api.ExploitationType;
import org.convene.coordination.panel.api.PanelRiskLevel;
import org.convene.coordination.panel.api.RecordPanelDiscussionCommand;
import org.convene.coordination.shared.api.ChangedMeanwhileException;
import org.convene.coordination.shared.api.RecordedBy;
import org.convene.ui.shared.Formats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

/**
 * The panel's forms hand what the user entered to the view as a draft (they send no command), and
 * show the view's answer: a refused stale outcome offers "Close and reload".
 */
class PanelFormsTest {

    private static final LocalDate MEETING = LocalDate.of(2026, 3, 10);
    private final Map<String, String> agencies = new LinkedHashMap<>(Map.of("northshire-police", "Northshire Police"));

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private PanelOutcomeDialog outcomeForm() {
        PanelOutcomeDialog dialog = new PanelOutcomeDialog(agencies, "Test Child", MEETING, PanelRiskLevel.MEDIUM,
                List.of(ExploitationType.CRIMINAL));
        dialog.open();
        return dialog;
    }

    @Test
    void theOutcomeFormGivesTheViewItsDraftAndTheDraftMakesTheCommand() {
        PanelOutcomeDialog dialog = outcomeForm();
        List<PanelOutcomeDialog.Outcome> saved = new ArrayList<>();
        dialog.addSaveListener(saved::add);
        _setValue(dialog.rationale, "Escalating. Fictitious.");
        _setValue(dialog.places, "Kingsford retail park\n\n  Eastbridge station ");
        var row = dialog.addActionRow();
        _setValue(row.heading, ActionHeading.PURSUE);
        _setValue(row.description, "Disruption visit");
        _setValue(row.owner, "northshire-police");
        _setValue(dialog.next, PanelOutcomeDialog.Next.CLOSE);
        _setValue(dialog.closureReason, ClosureReason.values()[0]);
        _click(dialog.save);

        assertThat(saved).hasSize(1);
        RecordPanelDiscussionCommand command = saved.get(0).command("child-1", dialog.discussionId, "meeting-1", 4L);
        assertThat(command.placesOfConcern()).containsExactly("Kingsford retail park", "Eastbridge station");
        assertThat(command.exploitationTypes()).containsExactly(ExploitationType.CRIMINAL);
        assertThat(command.actions()).singleElement().satisfies(a -> {
            assertThat(a.heading()).isEqualTo(ActionHeading.PURSUE);
            assertThat(a.dueDate()).isEqualTo(MEETING.plusDays(14));
        });
        assertThat(command.nextReviewDate()).as("a closing outcome has no next review").isNull();
        assertThat(command.closureReason()).isEqualTo(ClosureReason.values()[0]);
        assertThat(dialog.isOpened()).as("the form stays open until the view says it was saved").isTrue();
    }

    @Test
    void aRefusedStaleOutcomeOffersToCloseAndReload() {
        PanelOutcomeDialog dialog = outcomeForm();
        AtomicInteger reloads = new AtomicInteger();
        dialog.refused(new ChangedMeanwhileException("While you had this open, someone recorded the outcome.",
                new ChangedMeanwhileException.Change("recorded the panel's outcome",
                        new RecordedBy("panel.deputy", "northshire-police"), Instant.now())),
                reloads::incrementAndGet);

        assertThat(dialog.errors.getElement().getTextRecursively()).contains("While you had this open");
        _click(_get(dialog, Button.class, spec -> spec.withId("outcome-reload")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(reloads).hasValue(1);
    }

    @Test
    void theAgendaAdditionNeedsAYoungPersonBeforeTheViewHearsOfIt() {
        AddToAgendaForm form = new AddToAgendaForm();
        UI.getCurrent().add(form);
        List<AddToAgendaForm.Addition> saved = new ArrayList<>();
        form.addSaveListener(saved::add);
        _click(form.save);

        assertThat(saved).isEmpty();
        assertThat(form.errors.getElement().getTextRecursively()).contains("Choose the young person to add.");
    }

    @Test
    void theMeetingFormGivesTheChairsEntriesAndSaysWhyAnOldDateIsRefused() {
        ScheduleMeetingForm form = new ScheduleMeetingForm("Chris Lyle");
        UI.getCurrent().add(form);
        List<ScheduleMeetingForm.Meeting> saved = new ArrayList<>();
        form.addSaveListener(saved::add);
        _setValue(form.date, Formats.today().minusDays(40));
        _click(form.save);
        assertThat(saved).isEmpty();
        assertThat(form.errors.getElement().getTextRecursively()).startsWith("Choose a date on or after ");

        LocalDate next = Formats.today().plusDays(2);
        _setValue(form.date, next);
        _setValue(form.location, "Room 2");
        _click(form.save);

        assertThat(saved).singleElement().satisfies(m -> {
            assertThat(m.date()).isEqualTo(next);
            assertThat(m.chairName()).isEqualTo("Chris Lyle");
            assertThat(m.location()).isEqualTo("Room 2");
            assertThat(m.time()).isNotNull();
        });
        assertThat(form.errors.isEmpty()).isTrue();
    }
}
