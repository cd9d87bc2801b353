package org.convene.ui.referral;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.referral.api.DashLevel;
import org.convene.coordination.referral.api.ReceiveReferralCommand;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.coordination.shared.api.CodeList;
import org.convene.coordination.shared.api.ReferenceCodes;
import org.convene.coordination.shared.api.TextRules;
import org.convene.intake.Intake;
import org.convene.intake.IntakeChild;
import org.convene.ui.shared.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

/**
 * Referral intake: the notification and one or more children, each an existing record or a new
 * one. The fields are bound with a {@link Binder} to a {@link Draft}; saving sends the whole
 * referral through {@link Intake} (the one path shared with REST and the imports), which records
 * nothing unless everything passes coordination's rules and lists every problem at once. Fires
 * {@link IntakeRecorded} when the referral is recorded.
 */
public class RecordReferralDialog extends IntakeDialog<RecordReferralDialog.Draft> {

    /**
     * The referral as entered: the fields of the same names, bound by {@link Binder#bindInstanceFields}
     * (public: the binder reads it by reflection).
     */
    public record Draft(LocalDateTime receivedAt, String source, ReferralType type, LocalDate incidentDate,
                 DashLevel dashLevel, Boolean urgent, Set<String> concerns, String externalReference,
                 String narrative) {
    }

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
    final Button addChild = new Button("Add another child", VaadinIcon.PLUS.create());
    final Button addAdult = new Button("Add an adult", VaadinIcon.PLUS.create());

    private final QueryGateway queryGateway;
    private final Div childList = new Div();
    private final Div adultList = new Div();
    private final String referralId = UUID.randomUUID().toString();
    private int adultCount;

    public RecordReferralDialog(Intake intake, QueryGateway queryGateway) {
        super(Draft.class, intake, "Record a referral", "referral-errors", "Record referral", "save-referral");
        this.queryGateway = queryGateway;

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
        type.setId("referral-type");
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
        narrative.setWidthFull();
        narrative.setId("narrative");
        bindFields();
        // Police notifications come from the police (DfE source 6): filled in, still changeable.
        type.addValueChangeListener(e -> {
            if (e.getValue() == ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION && source.isEmpty()) {
                source.setValue("6");
            }
        });

        FormLayout form = new FormLayout(receivedAt, source, type, incidentDate, dashLevel, urgent, concerns,
                externalReference);
        form.setColspan(source, 2);
        form.setColspan(concerns, 2);
        addChild.setId("add-child");
        addChild.addClickListener(e -> addChild());
        addAdult.setId("add-adult");
        addAdult.addClickListener(e -> addAdult());
        addChild.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addAdult.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(errors, form, new H3("Children"), childList, addChild, new H3("Adults involved"), adultList, addAdult,
                narrative);
        addChild();
    }

    @Override
    protected void bindFields() {
        super.bindFields();
        // a police notification, received now, from the police (DfE source 6): filled in, still changeable
        binder.readRecord(new Draft(LocalDateTime.now(Formats.UK).truncatedTo(ChronoUnit.MINUTES), "6",
                ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION, null, null, false, Set.of(), null, null));
    }

    ChildEntry addChild() {
        ChildEntry entry = new ChildEntry(intake, queryGateway, children.size() + 1);
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

    /** The referral as entered, for {@link Intake} (which puts in the children's ids). */
    ReceiveReferralCommand toCommand() {
        Draft d = Drafts.write(binder);
        return new ReceiveReferralCommand(referralId, d.receivedAt() == null ? null
                : d.receivedAt().atZone(Formats.UK).toInstant(), d.source(), d.type(), d.incidentDate(), List.of(),
                adults.stream().map(AdultRow::toAdult).toList(), d.concerns() == null ? List.of()
                : List.copyOf(d.concerns()), d.dashLevel(), d.narrative(), Boolean.TRUE.equals(d.urgent()),
                Drafts.blankToNull(d.externalReference()));
    }

    /** Every problem with the form, found without sending anything. */
    List<String> check() {
        List<IntakeChild> named = children.stream().map(ChildEntry::toIntakeChild).toList();
        List<String> problems = new ArrayList<>(intake.referralProblems(toCommand(), named));
        for (int i = 0; i < children.size(); i++) {
            String unanswered = children.get(i).unansweredMatch();
            if (unanswered != null) {
                problems.add((children.size() > 1 ? "Child " + (i + 1) + ": " : "") + unanswered);
            }
        }
        return problems.stream().distinct().toList();
    }

    @Override
    protected void save() {
        List<IntakeChild> named = children.stream().map(ChildEntry::toIntakeChild).toList();
        saveWith(check(), () -> intake.receiveReferral(toCommand(), named), "Referral recorded for "
                + String.join(", ", children.stream().map(ChildEntry::label).toList()) + ".", referralId);
    }
}
