package org.convene.ui.missing;

import java.time.LocalDateTime;

import org.convene.ui.shared.EventForm;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

/** A return interview offered by an independent provider. */
class InterviewOfferForm extends EventForm<InterviewOfferForm.Offer> {

    public record Offer(String provider, LocalDateTime offeredAt) {
    }

    final TextField provider = text(new TextField("Independent provider"), 200, "interview-provider");
    final DateTimePicker offeredAt = EpisodeParts.ukPicker(new DateTimePicker("Offered"), "offered-at");

    InterviewOfferForm() {
        super(Offer.class, "offer-form", "Offer a return interview", "offer-errors", "Record interview offered",
                "record-offer");
        provider.setHelperText("Someone not involved in the child's care");
        binder.forField(provider).bind("provider");
        binder.forField(offeredAt).bind("offeredAt");
        add(errors, new FormLayout(provider, offeredAt), save);
    }
}
