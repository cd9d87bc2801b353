package org.convene.ui.referral;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.referral.api.AdultRole;
import org.convene.coordination.referral.api.DashLevel;
import org.convene.coordination.referral.api.InvolvedAdult;
import org.convene.coordination.referral.api.ReceiveReferralCommand;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.coordination.shared.api.CodeList;
import org.convene.coordination.shared.api.ReferenceCodes;
import org.convene.coordination.shared.api.TextRules;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.ProblemList;
import org.convene.ui.shared.UserMessages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Referral intake: the notification and one or more children, each matched to an existing record
 * or registered as a new child. Nothing is recorded unless the whole form passes its checks;
 * every problem is listed at once.
 */
public class RecordReferralDialog extends Dialog {

    final DateTimePicker receivedAt = new DateTimePicker("Received");
    final ComboBox<String> source = new ComboBox<>("Source of referral (DfE code)");
    final Select<ReferralType> type = new Select<>();
    final DatePicker incidentDate = new DatePicker("Incident date");
    final Select<DashLevel> dashLevel = new Select<>();
    final Checkbox urgent = new Checkbox("Urgent: needs action today");
    final MultiSelectComboBox<String> concerns = new MultiSelectComboBox<>("Concerns (DfE assessment factors)");
    final TextField externalReference = new TextField("Source's reference");
    final TextArea narrative = new TextArea("What happened");
    final List<ChildEntry> children = new ArrayList<>();
    final List<AdultRow> adults = new ArrayList<>();
    final ProblemList errors = new ProblemList("referral-errors");
    final Button addChild = new Button("Add another child", VaadinIcon.PLUS.create());
    final Button addAdult = new Button("Add an adult", VaadinIcon.PLUS.create());
    final Button save = new Button("Record referral");

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final Div childList = new Div();
    private final Div adultList = new Div();
    private final String referralId = UUID.randomUUID().toString();
    private int adultCount;

    public RecordReferralDialog(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        setHeaderTitle("Record a referral");
        setWidth("min(52rem, 100vw)");

        receivedAt.setValue(LocalDateTime.now(Formats.UK).truncatedTo(ChronoUnit.MINUTES));
        receivedAt.setRequiredIndicatorVisible(true);
        receivedAt.setLocale(Locale.UK);
        receivedAt.setMax(LocalDateTime.now(Formats.UK).plusMinutes(5));
        receivedAt.setId("referral-received");

        Map<String, String> codes = CodeList.REFERRAL_SOURCE.entries();
        source.setItems(codes.keySet());
        source.setItemLabelGenerator(code -> code + " – " + codes.get(code));
        source.setRequiredIndicatorVisible(true);
        source.setId("referral-source");

        type.setLabel("Type");
        type.setItems(ReferralType.values());
        type.setItemLabelGenerator(ReferralType::label);
        type.setValue(ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION);
        type.setId("referral-type");
        // Police notifications come from the police (DfE source 6): fill it in, still changeable.
        source.setValue("6");
        type.addValueChangeListener(e -> {
            if (e.getValue() == ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION && source.isEmpty()) {
                source.setValue("6");
            }
        });

        incidentDate.setLocale(Locale.UK);
        incidentDate.setId("incident-date");
        incidentDate.setMax(LocalDate.now(Formats.UK));

        dashLevel.setLabel("DASH risk level");
        dashLevel.setItems(DashLevel.values());
        dashLevel.setEmptySelectionAllowed(true);
        dashLevel.setEmptySelectionCaption("Not assessed");
        dashLevel.setItemLabelGenerator(d -> d == null ? "Not assessed" : d.label());
        dashLevel.setHelperText("Required for a police domestic-abuse notification");
        dashLevel.setId("dash-level");
        urgent.setId("referral-urgent");

        Map<String, String> factors = ReferenceCodes.ASSESSMENT_FACTORS.entries();
        concerns.setItems(factors.keySet());
        concerns.setItemLabelGenerator(code -> code + " – " + factors.get(code));
        concerns.setId("referral-concerns");
        externalReference.setMaxLength(100);
        externalReference.setHelperText("For example the police occurrence number");
        externalReference.setId("external-reference");

        narrative.setMaxLength(TextRules.MAX_NARRATIVE_LENGTH);
        narrative.setMinHeight("8rem");
        narrative.setId("narrative");

        FormLayout form = new FormLayout(receivedAt, source, type, incidentDate, dashLevel, urgent, concerns,
                externalReference);
        form.setColspan(source, 2);
        form.setColspan(concerns, 2);

        H3 childrenHeading = new H3("Children");
        addChild.setId("add-child");
        addChild.addClickListener(e -> addChild());
        H3 adultsHeading = new H3("Adults involved");
        addAdult.setId("add-adult");
        addAdult.addClickListener(e -> addAdult());
        addChild.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addAdult.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        add(errors, form, childrenHeading, childList, addChild, adultsHeading, adultList, addAdult, narrative);
        addChild();
        narrative.setWidthFull();

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-referral");
        save.addClickListener(e -> save());
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
    }

    ChildEntry addChild() {
        ChildEntry entry = new ChildEntry(queryGateway, children.size() + 1);
        children.add(entry);
        entry.remove.addClickListener(e -> {
            children.remove(entry);
            childList.remove(entry);
            renumber();
        });
        childList.add(entry);
        renumber();
        return entry;
    }

    private void renumber() {
        for (int i = 0; i < children.size(); i++) {
            children.get(i).renumber(i + 1);
            children.get(i).remove.setVisible(children.size() > 1);
        }
    }

    AdultRow addAdult() {
        AdultRow row = new AdultRow(++adultCount);
        adults.add(row);
        row.remove.addClickListener(e -> {
            adults.remove(row);
            adultList.remove(row);
        });
        adultList.add(row);
        return row;
    }

    /** Every problem with the form, found without sending anything. */
    List<String> check() {
        List<String> problems = new ArrayList<>();
        Instant now = Instant.now();
        Instant received = receivedAt.getValue() == null ? null : receivedAt.getValue().atZone(Formats.UK).toInstant();
        if (received == null) {
            problems.add("Enter when the referral was received.");
        } else if (received.isAfter(now.plus(Duration.ofMinutes(5)))) {
            problems.add("The received date and time cannot be in the future.");
        } else if (received.isBefore(now.minus(Duration.ofDays(366 * 3)))) {
            problems.add("The received date is more than three years ago.");
        }
        if (source.getValue() == null) {
            problems.add("Choose the source of referral.");
        }
        if (type.getValue() == null) {
            problems.add("Choose the type of referral.");
        }
        if (incidentDate.getValue() != null && received != null
                && incidentDate.getValue().isAfter(LocalDate.ofInstant(received, Formats.UK))) {
            problems.add("The incident date cannot be after the referral was received.");
        }
        if (type.getValue() == ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION && dashLevel.getValue() == null) {
            problems.add("Give the DASH risk level for a domestic-abuse notification.");
        }
        if (children.isEmpty()) {
            problems.add("Name at least one child.");
        }
        for (int i = 0; i < children.size(); i++) {
            children.get(i).check(children.size() > 1 ? "Child " + (i + 1) + ": " : "", problems);
        }
        List<String> ids = children.stream().map(ChildEntry::childId)
                .filter(id -> id != null && !id.equals(ChildEntry.NEW_CHILD)).toList();
        if (ids.size() != ids.stream().distinct().count()) {
            problems.add("The same child record is picked twice.");
        }
        for (AdultRow adult : adults) {
            TextRules.requireName(adult.name.getValue(), "each adult's name", problems);
            if (adult.role.getValue() == null) {
                problems.add("Give each adult's role.");
            }
        }
        TextRules.optionalText(narrative.getValue(), "The narrative", TextRules.MAX_NARRATIVE_LENGTH, problems);
        return problems.stream().distinct().toList();
    }

    void save() {
        List<String> problems = check();
        if (!problems.isEmpty()) {
            errors.show(problems);
            return;
        }
        for (int i = 0; i < children.size(); i++) {
            ChildEntry child = children.get(i);
            if (child.needsNewRecord()) {
                try {
                    commandGateway.sendAndWait(child.registerCommand());
                    child.registered();
                } catch (RuntimeException e) {
                    String prefix = children.size() > 1 ? "Child " + (i + 1) + ": " : "";
                    errors.show(UserMessages.problems(e).stream().map(p -> prefix + p).toList());
                    return;
                }
            }
        }
        ReceiveReferralCommand command = new ReceiveReferralCommand(
                referralId,
                receivedAt.getValue().atZone(Formats.UK).toInstant(),
                source.getValue(),
                type.getValue(),
                incidentDate.getValue(),
                children.stream().map(ChildEntry::childId).toList(),
                adults.stream().map(a -> new InvolvedAdult(a.name.getValue().strip(), a.role.getValue())).toList(),
                List.copyOf(concerns.getSelectedItems()),
                dashLevel.getValue(),
                narrative.getValue(),
                urgent.getValue(),
                externalReference.getValue() == null || externalReference.getValue().isBlank() ? null
                        : externalReference.getValue().strip());
        try {
            commandGateway.sendAndWait(command);
        } catch (RuntimeException e) {
            errors.show(UserMessages.problems(e));
            return;
        }
        errors.clear();
        Notification done = Notification.show("Referral recorded for "
                + String.join(", ", children.stream().map(ChildEntry::label).toList()) + ".");
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        close();
    }

    /** An adult involved in the incident: name and role. */
    static final class AdultRow extends HorizontalLayout {

        final TextField name = new TextField("Adult's name");
        final Select<AdultRole> role = new Select<>();
        final Button remove = new Button(VaadinIcon.TRASH.create());

        AdultRow(int number) {
            name.setId("adult-" + number + "-name");
            name.setMaxLength(TextRules.MAX_NAME_LENGTH);
            role.setLabel("Role");
            role.setItems(AdultRole.values());
            role.setItemLabelGenerator(AdultRole::label);
            role.setId("adult-" + number + "-role");
            remove.setAriaLabel("Remove this adult");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(name, role, remove);
        }
    }
}
