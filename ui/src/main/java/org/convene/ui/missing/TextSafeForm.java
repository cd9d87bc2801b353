package org.convene.ui.missing;

import java.time.LocalDateTime;

import org.convene.coordination.shared.api.TextRules;
import org.convene.ui.shared.EventForm;
import org.convene.ui.shared.Formats;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * TextSafe, in two steps: a parent's or carer's consent, then when the text was sent. The form
 * shows the step the episode is at ({@link #showStep}); the view sends the command for that step.
 */
class TextSafeForm extends EventForm<TextSafeForm.TextSafe> {

    public record TextSafe(String consentBy, String relationship, LocalDateTime sentAt) {
    }

    final TextField consentBy = text(new TextField("Consent given by"), TextRules.MAX_NAME_LENGTH, "consent-by");
    final TextField relationship = text(new TextField("Their relationship to the child"), 100,
            "consent-relationship");
    final DateTimePicker sentAt = EpisodeParts.ukPicker(new DateTimePicker("Text sent"), "text-sent-at");
    final Paragraph status = new Paragraph();
    private final FormLayout consentFields = new FormLayout(consentBy, relationship);
    private final FormLayout sentFields = new FormLayout(sentAt);
    private boolean consentRecorded;

    TextSafeForm() {
        super(TextSafe.class, "textsafe-form", "TextSafe", "textsafe-errors", "Record consent", "record-consent");
        save.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        relationship.setHelperText("Parent or carer, for example mother or foster carer");
        status.setId("textsafe-status");
        binder.forField(consentBy).bind("consentBy");
        binder.forField(relationship).bind("relationship");
        binder.forField(sentAt).bind("sentAt");
        Paragraph about = new Paragraph("With a parent's or carer's consent, a charity can send a supportive "
                + "text message to the child's phone.");
        about.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(about, status, errors, consentFields, sentFields, save);
    }

    /** Whether consent is recorded already: then the form asks when the text was sent. */
    void showStep(String consentGivenBy) {
        consentRecorded = consentGivenBy != null;
        consentFields.setVisible(!consentRecorded);
        sentFields.setVisible(consentRecorded);
        save.setText(consentRecorded ? "Record text sent" : "Record consent");
        save.setId(consentRecorded ? "record-text-sent" : "record-consent");
        if (consentRecorded && sentAt.isEmpty()) {
            sentAt.setValue(Formats.nowToTheMinute());
        }
        status.setText(consentRecorded ? "Consent given by " + consentGivenBy + ". Record when the text was sent."
                : "No consent recorded yet: a text can only be sent with consent.");
    }

    boolean consentRecorded() {
        return consentRecorded;
    }
}
