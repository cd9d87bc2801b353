package org.convene.ui.missing;

import java.time.LocalDateTime;

import org.convene.ui.shared.EventForm;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The child found or returned: when, where, by whom, any harm. */
class ReturnForm extends EventForm<ReturnForm.Return> {

    public record Return(LocalDateTime returnedAt, String whereFound, String foundBy, String harm) {
    }

    final DateTimePicker returnedAt = EpisodeParts.ukPicker(new DateTimePicker("Found or returned"), "returned-at");
    final TextField whereFound = text(new TextField("Where found"), 500, "where-found");
    final TextField foundBy = text(new TextField("Found by or returned to"), 200, "found-by");
    final TextArea harm = narrative(new TextArea("Any harm or injury"), 2000, "harm");

    ReturnForm() {
        super(Return.class, "return-form", "Record the child found or returned", "return-errors",
                "Record found or returned", "record-return");
        foundBy.setHelperText("For example: police, returned home by themselves");
        harm.setHelperText("Leave empty if none");
        binder.forField(returnedAt).bind("returnedAt");
        binder.forField(whereFound).bind("whereFound");
        binder.forField(foundBy).bind("foundBy");
        binder.forField(harm).bind("harm");
        add(errors, new FormLayout(returnedAt, whereFound, foundBy), harm, save);
    }
}
