package org.convene.ui.referral;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.convene.coordination.referral.api.RecordReferralCommand;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.coordination.shared.api.CodeList;
import org.convene.ui.shared.UserMessages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The form to record a referral. Nothing is recorded unless every field passes the referral's rules. */
class RecordReferralDialog extends Dialog {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    final DateTimePicker receivedAt = new DateTimePicker("Received");
    final ComboBox<String> source = new ComboBox<>("Source of referral (DfE code)");
    final Select<ReferralType> type = new Select<>();
    final TextField childName = new TextField("Child's full name");
    final DatePicker childDateOfBirth = new DatePicker("Date of birth or expected date");
    final TextArea narrative = new TextArea("What happened");
    final Checkbox urgent = new Checkbox("Urgent: needs action today");
    final Div errors = new Div();
    final Button save = new Button("Record referral");

    private final CommandGateway commandGateway;
    private final String referralId = UUID.randomUUID().toString();

    RecordReferralDialog(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
        setHeaderTitle("Record a referral");
        setWidth("min(44rem, 100vw)");

        receivedAt.setValue(LocalDateTime.now(UK).truncatedTo(ChronoUnit.MINUTES));
        receivedAt.setRequiredIndicatorVisible(true);
        receivedAt.setLocale(Locale.UK);
        receivedAt.setMax(LocalDateTime.now(UK).plusMinutes(5));

        Map<String, String> codes = CodeList.REFERRAL_SOURCE.entries();
        source.setItems(codes.keySet());
        source.setItemLabelGenerator(code -> code + " – " + codes.get(code));
        source.setRequiredIndicatorVisible(true);
        source.setId("referral-source");

        type.setLabel("Type");
        type.setItems(ReferralType.values());
        type.setItemLabelGenerator(ReferralType::label);
        type.setValue(ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION);
        type.setRequiredIndicatorVisible(true);

        childName.setRequired(true);
        childName.setMaxLength(200);
        childName.setId("child-name");
        childDateOfBirth.setLocale(Locale.UK);
        childDateOfBirth.setHelperText("Leave empty if not known");
        narrative.setMaxLength(20_000);
        narrative.setMinHeight("8rem");
        narrative.setId("narrative");

        errors.setId("referral-errors");
        errors.getElement().setAttribute("role", "alert");
        errors.getStyle().set("color", "var(--lumo-error-text-color)");

        FormLayout form = new FormLayout(receivedAt, source, type, childName, childDateOfBirth, narrative, urgent);
        form.setColspan(narrative, 2);
        form.setColspan(source, 2);
        add(errors, form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-referral");
        save.addClickListener(e -> save());
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
    }

    void save() {
        RecordReferralCommand command = new RecordReferralCommand(
                referralId,
                receivedAt.getValue() == null ? null : receivedAt.getValue().atZone(UK).toInstant(),
                source.getValue(),
                type.getValue(),
                childName.getValue(),
                childDateOfBirth.getValue(),
                narrative.getValue(),
                urgent.getValue());
        try {
            commandGateway.sendAndWait(command);
        } catch (RuntimeException e) {
            showProblems(UserMessages.problems(e));
            return;
        }
        Notification done = Notification.show("Referral recorded for " + childName.getValue().strip() + ".");
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        close();
    }

    private void showProblems(List<String> problems) {
        errors.removeAll();
        UnorderedList list = new UnorderedList();
        problems.forEach(p -> list.add(new ListItem(p)));
        errors.add(list);
    }
}
