package org.convene.ui.panel;

import java.time.LocalDate;
import java.util.Locale;

import org.convene.ui.shared.Formats;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;

/** The owner agency marks one of its panel actions done: when and with what outcome. */
class ActionDoneDialog extends PanelFormDialog<ActionDoneDialog.Completion> {

    /** What the owner agency writes. */
    public record Completion(LocalDate on, String outcome) {
    }

    final DatePicker on = new DatePicker("Done on");
    final TextArea outcome = new TextArea("Outcome");

    ActionDoneDialog(String description) {
        super("Mark done: " + description, Completion.class, "action-done", "Mark done");
        on.setLocale(Locale.UK);
        on.setId("action-done-on");
        outcome.setId("action-done-outcome");
        outcome.setWidthFull();
        binder.bindInstanceFields(this);
        binder.readRecord(new Completion(Formats.today(), ""));
        add(on, outcome);
    }
}
