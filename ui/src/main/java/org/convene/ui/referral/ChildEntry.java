package org.convene.ui.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.child.api.AgencyIdentifier;
import org.convene.coordination.child.api.IdentifierType;
import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.coordination.child.api.RegisteredChild;
import org.convene.coordination.shared.api.ReferenceCodes;
import org.convene.coordination.shared.api.TextRules;
import org.convene.intake.Intake;
import org.convene.intake.IntakeChild;
import org.convene.query.child.api.ChildMatch;
import org.convene.query.child.api.FindLikelyChildMatchesQuery;
import org.convene.ui.shared.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * One child on a referral or missing notification: name and date of birth, then either a likely
 * existing record picked from the matches or the details of a new record (fields bound with a
 * {@link Binder} to a {@link Draft}). The matches are the read model's likely ones (similar names,
 * day and month swapped) and the write side's exact ones, so a child registered a moment ago is
 * offered even before the read model has it.
 */
public class ChildEntry extends Section {

    public static final String NEW_CHILD = "new";

    /**
     * The child as entered: the fields of the same names, bound by {@link Binder#bindInstanceFields}
     * (public: the binder reads it by reflection).
     */
    public record Draft(String name, LocalDate dateOfBirth, Boolean unborn, String sex, String ethnicity,
                        String locality, String nhsNumber, Boolean lookedAfter) {

        String fullName() {
            return name == null ? "" : name.strip();
        }
    }

    public final TextField name = new TextField("Child's full name");
    public final DatePicker dateOfBirth = new DatePicker("Date of birth or expected date");
    public final Checkbox unborn = new Checkbox("Unborn: the date is the expected date of birth");
    public final RadioButtonGroup<String> match = new RadioButtonGroup<>();
    public final Paragraph matchHint = new Paragraph();
    public final Select<String> sex = new Select<>();
    public final ComboBox<String> ethnicity = new ComboBox<>("Ethnicity (DfE code)");
    public final TextField locality = new TextField("Locality (district)");
    public final TextField nhsNumber = new TextField("NHS number");
    public final Checkbox lookedAfter = new Checkbox("Looked after (in care)");
    public final Button remove = new Button("Remove this child");
    private final Binder<Draft> binder = new Binder<>(Draft.class);
    private final FormLayout newChildForm = new FormLayout();
    private final H3 heading = new H3();
    private final QueryGateway queryGateway;
    private final Intake intake;
    private final Map<String, String> matchLabels = new LinkedHashMap<>();
    /** The id of the new record, if one is made: the same on a retried save, so no second record is made. */
    private final String newChildId = UUID.randomUUID().toString();

    public ChildEntry(Intake intake, QueryGateway queryGateway, int number) {
        this.intake = intake;
        this.queryGateway = queryGateway;
        addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.SMALL,
                LumoUtility.Margin.Bottom.SMALL);
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
        String headingId = "child-" + number + "-heading";
        heading.setId(headingId);
        getElement().setAttribute("aria-labelledby", headingId);

        name.setRequired(true);
        name.setMaxLength(TextRules.MAX_NAME_LENGTH);
        name.setId("child-" + number + "-name");
        dateOfBirth.setLocale(Locale.UK);
        dateOfBirth.setId("child-" + number + "-dob");
        dateOfBirth.setHelperText("Leave empty if not known");
        unborn.setId("child-" + number + "-unborn");

        match.setLabel("Is this a child we already have a record for?");
        match.setId("child-" + number + "-match");
        match.setItemLabelGenerator(id -> matchLabels.getOrDefault(id, id));
        match.addValueChangeListener(e -> newChildForm.setVisible(NEW_CHILD.equals(e.getValue())));
        match.setVisible(false);
        matchHint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);

        sex.setLabel("Sex (DfE code)");
        Map<String, String> sexes = ReferenceCodes.SEX.entries();
        sex.setItems(new ArrayList<>(sexes.keySet()));
        sex.setEmptySelectionAllowed(true);
        sex.setEmptySelectionCaption("Not known");
        sex.setItemLabelGenerator(code -> code == null ? "Not known" : code + " – " + sexes.get(code));
        sex.setId("child-" + number + "-sex");
        Map<String, String> ethnicities = ReferenceCodes.ETHNICITY.entries();
        ethnicity.setItems(ethnicities.keySet());
        ethnicity.setItemLabelGenerator(code -> code + " – " + ethnicities.get(code));
        ethnicity.setHelperText("Leave empty if not yet recorded");
        ethnicity.setId("child-" + number + "-ethnicity");
        locality.setMaxLength(100);
        locality.setId("child-" + number + "-locality");
        nhsNumber.setHelperText("10 digits, if known");
        nhsNumber.setMaxLength(12);
        nhsNumber.setId("child-" + number + "-nhs");
        lookedAfter.setId("child-" + number + "-looked-after");
        newChildForm.add(sex, ethnicity, locality, nhsNumber, lookedAfter);
        newChildForm.setVisible(false);

        // coordination's rules judge the values (and list every problem); a field's own constraint
        // (a maximum length) would keep a value out of the draft without a word
        binder.setDefaultValidatorsEnabled(false);
        binder.bindInstanceFields(this);
        // after the binder's own listeners, so the draft already holds the new value
        name.addValueChangeListener(e -> lookForMatches());
        dateOfBirth.addValueChangeListener(e -> lookForMatches());

        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        add(heading, new FormLayout(name, dateOfBirth, unborn), matchHint, match, newChildForm, remove);
        renumber(number);
    }

    public void renumber(int number) {
        heading.setText("Child " + number);
        remove.setAriaLabel("Remove child " + number);
    }

    public String label() {
        String fullName = Drafts.write(binder).fullName();
        return fullName.isEmpty() ? "the child" : fullName;
    }

    /** Offers existing records: the write side's exact ones, then the read model's likely ones. */
    void lookForMatches() {
        Draft draft = Drafts.write(binder);
        String fullName = draft.fullName();
        matchLabels.clear();
        matchHint.setText("");
        if (fullName.isEmpty()) {
            match.setVisible(false);
            newChildForm.setVisible(false);
            return;
        }
        LocalDate today = Formats.today();
        try {
            for (RegisteredChild child : intake.registeredChildren(fullName, draft.dateOfBirth())) {
                matchLabels.put(child.childId(), label(child.fullName(), child.dateOfBirth(), null, today));
            }
            for (ChildMatch m : queryGateway.query(new FindLikelyChildMatchesQuery(fullName, draft.dateOfBirth()),
                    ResponseTypes.multipleInstancesOf(ChildMatch.class)).get(10, TimeUnit.SECONDS)) {
                matchLabels.putIfAbsent(m.childId(), label(m.fullName(), m.dateOfBirth(), m.locality(), today));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            matchHint.setText("Existing records could not be searched just now; a new record will be made.");
        } catch (Exception e) {
            matchHint.setText("Existing records could not be searched just now; a new record will be made.");
        }
        int found = matchLabels.size();
        matchLabels.put(NEW_CHILD, found == 0 ? "No record found: make a new record"
                : "None of these: make a new record");
        String previous = match.getValue();
        match.setItems(new ArrayList<>(matchLabels.keySet()));
        match.setVisible(true);
        if (found == 0) {
            match.setValue(NEW_CHILD);
            if (matchHint.getText().isEmpty()) {
                matchHint.setText(draft.dateOfBirth() == null
                        ? "Enter the date of birth to look for an existing record of this child."
                        : "No existing record has this name and date of birth.");
            }
        } else {
            matchHint.setText(found == 1 ? "1 existing record looks like this child: check it."
                    : found + " existing records look like this child: check them.");
            match.setValue(previous != null && matchLabels.containsKey(previous) ? previous : null);
        }
        newChildForm.setVisible(NEW_CHILD.equals(match.getValue()));
    }

    private static String label(String fullName, LocalDate born, String locality, LocalDate today) {
        return fullName + ", born " + (born == null ? "not known"
                : Formats.date(born) + " (" + Formats.age(born, false, today) + ")")
                + (locality == null ? "" : ", " + locality);
    }

    /** The question left unanswered (the likely matches neither picked nor declined), or null. */
    public String unansweredMatch() {
        boolean named = !Drafts.write(binder).fullName().isEmpty();
        return named && match.getValue() == null ? "Say whether " + label() + " is one of the children we already "
                + "have a record for, or make a new record." : null;
    }

    /** The child for {@link Intake}: the record picked, or a new record of the child as entered. */
    public IntakeChild toIntakeChild() {
        if (match.getValue() != null && !NEW_CHILD.equals(match.getValue())) {
            return IntakeChild.existing(match.getValue());
        }
        Draft d = Drafts.write(binder);
        String nhs = d.nhsNumber() == null ? "" : d.nhsNumber().replace(" ", "");
        return IntakeChild.newRecord(new RegisterChildCommand(newChildId, d.fullName(), d.dateOfBirth(),
                Boolean.TRUE.equals(d.unborn()), d.sex(), d.ethnicity(), Drafts.blankToNull(d.locality()),
                nhs.isEmpty() ? List.of() : List.of(new AgencyIdentifier(IdentifierType.NHS_NUMBER, nhs)),
                Boolean.TRUE.equals(d.lookedAfter())));
    }
}
