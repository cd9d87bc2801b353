package org.convene.ui.missing;

import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.convene.coordination.missing.api.InterviewFindings;
import org.convene.coordination.missing.api.InterviewOutcome;
import org.convene.coordination.shared.api.TextRules;
import org.convene.ui.shared.EventForm;
import org.convene.ui.shared.Formats;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The return interview's outcome: what a completed interview found, or why it was not possible. */
class InterviewOutcomeForm extends EventForm<InterviewOutcomeForm.Outcome> {

    /** A few things the interviewer is asked to look for; others can be typed in. */
    static final List<String> EXPLOITATION_INDICATORS = List.of("Unexplained money, phones or gifts",
            "Older boyfriend, girlfriend or 'friends'", "Travelled out of the area", "Drugs or alcohol",
            "Carrying or dealing drugs (county lines)", "Contact with adults known to police",
            "Online contact with strangers", "Injuries not explained");

    public record Outcome(InterviewOutcome outcome, LocalDateTime happenedAt, String pushFactors, String pullFactors,
                   String whereabouts, Set<String> indicators, String disclosures, String onwardReferrals,
                   String notPossibleReason) {

        /** What a completed interview found (nothing for other outcomes). */
        InterviewFindings findings() {
            return outcome != InterviewOutcome.COMPLETED ? null : new InterviewFindings(
                    Formats.blankToNull(pushFactors), Formats.blankToNull(pullFactors),
                    Formats.blankToNull(whereabouts), List.copyOf(indicators), Formats.blankToNull(disclosures),
                    onwardReferrals == null ? List.of() : onwardReferrals.lines().map(String::strip)
                            .filter(s -> !s.isEmpty()).toList());
        }

        String reasonNotPossible() {
            return outcome == InterviewOutcome.NOT_POSSIBLE ? Formats.blankToNull(notPossibleReason) : null;
        }
    }

    final RadioButtonGroup<InterviewOutcome> outcome = new RadioButtonGroup<>();
    final DateTimePicker happenedAt = EpisodeParts.ukPicker(new DateTimePicker("When"), "interview-at");
    final Div findingsFields = new Div();
    final TextArea pushFactors = finding("Why the child went: push factors", "push-factors");
    final TextArea pullFactors = finding("What drew the child away: pull factors", "pull-factors");
    final TextArea whereabouts = finding("Where the child was", "whereabouts");
    final MultiSelectComboBox<String> indicators = new MultiSelectComboBox<>("Exploitation indicators");
    final TextArea disclosures = finding("Disclosures", "disclosures");
    final TextArea onwardReferrals = finding("Onward referrals (one a line)", "onward-referrals");
    final TextField notPossibleReason = text(new TextField("Why was the interview not possible?"), 2000,
            "not-possible-reason");

    InterviewOutcomeForm() {
        super(Outcome.class, "outcome-form", "Record the return interview outcome", "outcome-errors",
                "Record interview outcome", "record-outcome");
        outcome.setLabel("Outcome");
        outcome.setItems(InterviewOutcome.values());
        outcome.setItemLabelGenerator(InterviewOutcome::label);
        outcome.setId("interview-outcome");
        outcome.addValueChangeListener(e -> {
            findingsFields.setVisible(e.getValue() == InterviewOutcome.COMPLETED);
            notPossibleReason.setVisible(e.getValue() == InterviewOutcome.NOT_POSSIBLE);
        });
        indicators.setItems(EXPLOITATION_INDICATORS);
        indicators.setAllowCustomValue(true);
        indicators.addCustomValueSetListener(e -> addIndicator(e.getDetail()));
        indicators.setHelperText("Choose any seen, or type another and press Enter");
        indicators.setWidthFull();
        indicators.setId("exploitation-indicators");
        findingsFields.setId("findings-fields");
        findingsFields.add(pushFactors, pullFactors, whereabouts, indicators, disclosures, onwardReferrals);
        findingsFields.setVisible(false);
        notPossibleReason.setWidthFull();
        notPossibleReason.setVisible(false);
        binder.forField(outcome).bind("outcome");
        binder.forField(happenedAt).bind("happenedAt");
        binder.forField(pushFactors).bind("pushFactors");
        binder.forField(pullFactors).bind("pullFactors");
        binder.forField(whereabouts).bind("whereabouts");
        binder.forField(indicators).bind("indicators");
        binder.forField(disclosures).bind("disclosures");
        binder.forField(onwardReferrals).bind("onwardReferrals");
        binder.forField(notPossibleReason).bind("notPossibleReason");
        add(errors, outcome, new FormLayout(happenedAt), findingsFields, notPossibleReason, save);
    }

    private static TextArea finding(String label, String id) {
        return narrative(new TextArea(label), TextRules.MAX_NARRATIVE_LENGTH, id);
    }

    private void addIndicator(String typed) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            return;
        }
        Set<String> selected = new LinkedHashSet<>(indicators.getSelectedItems());
        Set<String> items = new LinkedHashSet<>(EXPLOITATION_INDICATORS);
        items.addAll(selected);
        items.add(value);
        selected.add(value);
        indicators.setItems(items);
        indicators.select(selected);
    }
}
