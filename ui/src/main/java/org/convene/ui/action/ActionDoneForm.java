package org.convene.ui.action;

import org.convene.ui.shared.EventForm;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** What was done about an action, and what was found: marks it done. */
class ActionDoneForm extends EventForm<ActionDoneForm.Done> {

    public record Done(String outcome) {
    }

    final TextArea outcome = narrative(new TextArea("Outcome"), 2_000, "action-outcome");

    ActionDoneForm(String description) {
        super(Done.class, null, null, "action-done-errors", "Mark done", "confirm-action-done");
        outcome.setHelperText("What was done, and what was found");
        binder.forField(outcome).withValidator(EventForm::hasText, "Record the outcome of the action.")
                .bind("outcome");
        add(new Paragraph(description), errors, outcome);
    }
}
