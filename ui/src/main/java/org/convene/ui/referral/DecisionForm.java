package org.convene.ui.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.convene.coordination.referral.api.ActionSpec;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.coordination.referral.api.ScreeningDecision;
import org.convene.coordination.referral.api.ScreeningResponse;
import org.convene.coordination.shared.api.TextRules;
import org.convene.ui.shared.EventForm;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.RowList;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;

/**
 * The fields of the meeting's joint decision: who was there, the response, need, risk, rationale and
 * actions; bound with a {@link Binder}. Used by the decision form and the revision form.
 */
class DecisionForm extends Div {

    /** What the bound fields hold (the actions are rows of their own). */
    public record Entry(Set<String> agenciesPresent, ScreeningResponse response, String singleAgencyName,
                 Integer levelOfNeed, Integer riskScale, String rationale) {
    }

    static final Map<Integer, String> LEVELS_OF_NEED = Map.of(1, "1 – Universal", 2, "2 – Additional",
            3, "3 – Complex / early help", 4, "4 – Specialist / statutory");
    static final Map<Integer, String> RISK_SCALE = Map.of(1, "1 – Moderate", 2, "2 – Moderate to serious",
            3, "3 – Serious", 4, "4 – Severe (consider a section 47 enquiry)");

    final MultiSelectComboBox<String> agenciesPresent = new MultiSelectComboBox<>("Agencies present");
    final Select<ScreeningResponse> response = new Select<>();
    final TextField singleAgencyName = new TextField("Agency the referral goes to");
    final Select<Integer> levelOfNeed = new Select<>();
    final Select<Integer> riskScale = new Select<>();
    final TextArea rationale = new TextArea("Rationale");
    final Button addAction = new Button("Add an action", VaadinIcon.PLUS.create());
    private final RowList<ActionRow> actionList = new RowList<>();
    private final Binder<Entry> binder = new Binder<>(Entry.class);
    private final Map<String, String> agencyNames;
    private final String prefix;
    private int actionCount;

    DecisionForm(String prefix, Map<String, String> agencyNames) {
        this.prefix = prefix;
        this.agencyNames = agencyNames;
        agenciesPresent.setItems(agencyNames.keySet());
        agenciesPresent.setItemLabelGenerator(id -> agencyNames.getOrDefault(id, id));
        agenciesPresent.setRequiredIndicatorVisible(true);
        agenciesPresent.setId(prefix + "-agencies");

        response.setLabel("Response");
        response.setItems(ScreeningResponse.values());
        response.setItemLabelGenerator(ScreeningResponse::label);
        response.setId(prefix + "-response");
        response.addValueChangeListener(e ->
                singleAgencyName.setVisible(e.getValue() == ScreeningResponse.SINGLE_AGENCY_REFERRAL));
        singleAgencyName.setVisible(false);
        singleAgencyName.setMaxLength(200);
        singleAgencyName.setId(prefix + "-single-agency");

        levelOfNeed.setLabel("Level of need");
        levelOfNeed.setItems(1, 2, 3, 4);
        levelOfNeed.setItemLabelGenerator(LEVELS_OF_NEED::get);
        levelOfNeed.setId(prefix + "-need");
        riskScale.setLabel("Risk to the children (domestic violence risk scale)");
        riskScale.setItems(1, 2, 3, 4);
        riskScale.setEmptySelectionAllowed(true);
        riskScale.setEmptySelectionCaption("Not assessed");
        riskScale.setItemLabelGenerator(i -> i == null ? "Not assessed" : RISK_SCALE.get(i));
        riskScale.setHelperText("Required for domestic abuse");
        riskScale.setId(prefix + "-risk");
        rationale.setMaxLength(TextRules.MAX_NARRATIVE_LENGTH);
        rationale.setMinHeight("6rem");
        rationale.setId(prefix + "-rationale");

        FormLayout form = new FormLayout(agenciesPresent, response, singleAgencyName, levelOfNeed, riskScale,
                rationale);
        form.setColspan(agenciesPresent, 2);
        form.setColspan(rationale, 2);
        addAction.setId(prefix + "-add-action");
        addAction.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addAction.addClickListener(e -> addAction());
        binder.forField(agenciesPresent).withValidator(a -> !a.isEmpty(), "Record which agencies were present.")
                .bind("agenciesPresent");
        binder.forField(response).asRequired("Choose the response.").bind("response");
        binder.forField(singleAgencyName).withValidator((name, context) -> response.getValue()
                != ScreeningResponse.SINGLE_AGENCY_REFERRAL || EventForm.hasText(name)
                ? ValidationResult.ok() : ValidationResult.error("Name the agency the referral goes to."))
                .bind("singleAgencyName");
        binder.forField(levelOfNeed).asRequired("Choose the level of need (1 to 4).").bind("levelOfNeed");
        binder.forField(riskScale).bind("riskScale");
        binder.forField(rationale).withValidator(EventForm::hasText, "Record the rationale for the decision.")
                .bind("rationale");
        H3 actionsHeading = new H3("Actions agreed");
        add(form, actionsHeading, actionList, addAction);
    }

    void prefill(ScreeningDecision d) {
        binder.readRecord(new Entry(d.agenciesPresent() == null ? Set.of() : Set.copyOf(d.agenciesPresent()),
                d.response(), d.singleAgencyName() == null ? "" : d.singleAgencyName(),
                d.levelOfNeed() >= 1 && d.levelOfNeed() <= 4 ? d.levelOfNeed() : null, d.riskScale(),
                d.rationale() == null ? "" : d.rationale()));
    }

    ActionRow addAction() {
        ActionRow row = new ActionRow(prefix + "-action-" + (++actionCount), agencyNames);
        return actionList.addRow(row, row.remove);
    }

    /** Everything that stops the decision being recorded, for a referral of this type. */
    List<String> problems(ReferralType type) {
        List<String> problems = new ArrayList<>(EventForm.messages(binder.validate()));
        if (riskScale.getValue() == null && type == ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION) {
            problems.add("Choose the risk to the children on the domestic violence risk scale (1 to 4).");
        }
        LocalDate today = Formats.today();
        for (ActionRow row : actionList.rows()) {
            if (!EventForm.hasText(row.description.getValue())) {
                problems.add("Say what each action is.");
            }
            if (row.owner.getValue() == null) {
                problems.add("Choose a registered agency to own each action.");
            }
            if (row.dueDate.getValue() == null) {
                problems.add("Give each action a due date.");
            } else if (row.dueDate.getValue().isBefore(today)) {
                problems.add("An action cannot be due before today.");
            }
        }
        return problems;
    }

    /** The decision the fields hold, once {@link #problems} found none. */
    ScreeningDecision decision() {
        Entry e;
        try {
            e = binder.writeRecord();
        } catch (ValidationException invalid) {
            throw new IllegalStateException("The decision was read with problems", invalid);
        }
        return new ScreeningDecision(List.copyOf(e.agenciesPresent()), e.response(),
                e.response() == ScreeningResponse.SINGLE_AGENCY_REFERRAL ? e.singleAgencyName() : null,
                e.levelOfNeed() == null ? 0 : e.levelOfNeed(), e.riskScale(), e.rationale(),
                actionList.rows().stream().map(a -> new ActionSpec(a.actionId, a.description.getValue(), a.owner.getValue(),
                        a.dueDate.getValue())).toList());
    }

    /** One action: what, which agency owns it, when it is due. */
    static final class ActionRow extends HorizontalLayout {

        final String actionId = UUID.randomUUID().toString();
        final TextField description = new TextField("What");
        final Select<String> owner = new Select<>();
        final DatePicker dueDate = new DatePicker("Due");
        final Button remove = new Button(VaadinIcon.TRASH.create());

        ActionRow(String id, Map<String, String> agencyNames) {
            description.setId(id + "-what");
            description.setMaxLength(2_000);
            description.setWidth("20rem");
            owner.setLabel("Owner agency");
            owner.setItems(agencyNames.keySet());
            owner.setItemLabelGenerator(a -> agencyNames.getOrDefault(a, a));
            owner.setId(id + "-owner");
            dueDate.setLocale(Locale.UK);
            dueDate.setMin(Formats.today());
            dueDate.setId(id + "-due");
            remove.setAriaLabel("Remove this action");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            getStyle().set("flex-wrap", "wrap");
            add(description, owner, dueDate, remove);
        }
    }
}
