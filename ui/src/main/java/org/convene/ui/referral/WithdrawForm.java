package org.convene.ui.referral;

import org.convene.ui.shared.EventForm;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** A referral withdrawn before a decision, with the reason. */
class WithdrawForm extends EventForm<WithdrawForm.Withdrawal> {

    public record Withdrawal(String reason) {
    }

    final TextArea reason = narrative(new TextArea("Why is this referral being withdrawn?"), 2_000,
            "withdraw-reason");

    WithdrawForm() {
        super(Withdrawal.class, null, null, "withdraw-errors", "Withdraw referral", "withdraw-referral");
        save.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addThemeVariants(ButtonVariant.LUMO_ERROR);
        binder.forField(reason).withValidator(EventForm::hasText, "Give the reason for withdrawing the referral.")
                .bind("reason");
        add(new Paragraph("Only before a decision: for example when the referral was recorded in error or is a "
                + "duplicate. The referral and the reason stay in the record."), errors, reason, save);
    }
}
