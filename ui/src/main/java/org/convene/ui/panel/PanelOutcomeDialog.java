package org.convene.ui.panel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.convene.coordination.panel.api.ClosureReason;
import org.convene.coordination.panel.api.ExploitationType;
import org.convene.coordination.panel.api.PanelActionSpec;
import org.convene.coordination.panel.api.PanelRiskLevel;
import org.convene.coordination.panel.api.RecordPanelDiscussionCommand;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The chair records the outcome of a young person's discussion: the agreed risk level and its
 * rationale, actions under Prepare / Prevent / Protect / Pursue with owner agency and due date,
 * places and peer groups of concern, and the next review date or the closure with a reason.
 */
public class PanelOutcomeDialog extends PanelFormDialog<PanelOutcomeDialog.Outcome> {

    enum Next { REVIEW, CLOSE }

    /** What the chair records (places and peer groups one a line). */
    public record Outcome(LocalDate discussedOn, PanelRiskLevel risk, String rationale, Set<ExploitationType> types,
                          String places, String peers, List<PanelActionSpec> actions, Next next, LocalDate nextReview,
                          ClosureReason closureReason, String closureNote) {

        /** The command for a young person's discussion, at a meeting or (no meeting) outside one. */
        RecordPanelDiscussionCommand command(String childId, String discussionId, String meetingId, Long version) {
            boolean closing = next == Next.CLOSE;
            return new RecordPanelDiscussionCommand(childId, discussionId, meetingId, discussedOn, risk, rationale,
                    new ArrayList<>(types), lines(places), lines(peers), actions, closing ? null : nextReview,
                    closing ? closureReason : null, closing ? closureNote : null, version);
        }

        private static List<String> lines(String text) {
            return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
        }
    }

    final DatePicker discussedOn = new DatePicker("Date discussed");
    final RadioButtonGroup<PanelRiskLevel> risk = PanelLabels.riskLevels("Agreed risk level");
    final TextArea rationale = new TextArea("Rationale for the risk level");
    final CheckboxGroup<ExploitationType> types = PanelLabels.exploitationTypes();
    final TextArea places = new TextArea("Places of concern (one a line)");
    final TextArea peers = new TextArea("Peer groups of concern (one a line)");
    final PanelActionList actions;
    final Button addAction = new Button("Add an action", VaadinIcon.PLUS.create());
    final RadioButtonGroup<Next> next = new RadioButtonGroup<>("Next", Next.values());
    final DatePicker nextReview = new DatePicker("Next review date");
    final Select<ClosureReason> closureReason = PanelLabels.closureReasons("Closure reason");
    final TextArea closureNote = new TextArea("Closure note");
    /** One discussion however often Save is pressed. */
    final String discussionId = UUID.randomUUID().toString();

    public PanelOutcomeDialog(Map<String, String> agencies, String childName, LocalDate meetingDate,
                              PanelRiskLevel currentRisk, List<ExploitationType> knownTypes) {
        super("Outcome for " + childName, Outcome.class, "outcome", "Record outcome");
        setWidth("min(64rem, 100vw)");
        actions = new PanelActionList(agencies,
                () -> discussedOn.getValue() == null ? null : discussedOn.getValue().plusDays(14));
        discussedOn.setId("outcome-date");
        discussedOn.setLocale(Locale.UK);
        risk.setId("outcome-risk");
        rationale.setId("outcome-rationale");
        rationale.setWidthFull();
        rationale.setMaxLength(4_000);
        types.setId("outcome-types");
        places.setId("outcome-places");
        peers.setId("outcome-peers");
        addAction.setId("outcome-add-action");
        addAction.addClickListener(e -> addActionRow());
        next.setItemLabelGenerator(n -> n == Next.REVIEW ? "Review at a later meeting" : "Close the case");
        next.setId("outcome-next");
        nextReview.setId("outcome-next-review");
        nextReview.setLocale(Locale.UK);
        closureReason.setId("outcome-closure-reason");
        closureNote.setId("outcome-closure-note");
        next.addValueChangeListener(e -> {
            boolean closing = e.getValue() == Next.CLOSE;
            nextReview.setVisible(!closing);
            closureReason.setVisible(closing);
            closureNote.setVisible(closing);
        });
        binder.bindInstanceFields(this);
        binder.readRecord(new Outcome(meetingDate, currentRisk, "", knownTypes.isEmpty()
                ? EnumSet.noneOf(ExploitationType.class) : EnumSet.copyOf(knownTypes), "", "", List.of(), Next.REVIEW,
                meetingDate == null ? null : meetingDate.plusDays(28), null, ""));

        add(new FormLayout(discussedOn, risk), rationale, types, new FormLayout(places, peers),
                new H3("Actions (Prepare, Prevent, Protect, Pursue)"), actions, addAction,
                new FormLayout(next, nextReview, closureReason, closureNote));
    }

    PanelActionList.ActionRow addActionRow() {
        return actions.addRow();
    }
}
