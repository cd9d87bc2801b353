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
import org.convene.coordination.shared.api.ReferenceCodes;
import org.convene.coordination.shared.api.TextRules;
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
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * One child on a referral: name and date of birth, then either a likely existing record picked
 * from the matches or the details of a new record.
 */
public class ChildEntry extends Section {

    public static final String NEW_CHILD = "new";

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
    private final FormLayout newChildForm = new FormLayout();
    private final H3 heading = new H3();
    private final QueryGateway queryGateway;
    private final Map<String, String> matchLabels = new LinkedHashMap<>();
    /** Set once a new record was made for this child, so a retried save does not make a second one. */
    private String registeredChildId;
    private final String newChildId = UUID.randomUUID().toString();

    public ChildEntry(QueryGateway queryGateway, int number) {
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
        name.addValueChangeListener(e -> lookForMatches());
        dateOfBirth.setLocale(Locale.UK);
        dateOfBirth.setId("child-" + number + "-dob");
        dateOfBirth.setHelperText("Leave empty if not known");
        dateOfBirth.addValueChangeListener(e -> lookForMatches());
        unborn.setId("child-" + number + "-unborn");

        match.setLabel("Is this a child we already have a record for?");
        match.setId("child-" + number + "-match");
        match.setItemLabelGenerator(id -> matchLabels.getOrDefault(id, id));
        match.addValueChangeListener(e -> newChildForm.setVisible(NEW_CHILD.equals(e.getValue())));
        match.setVisible(false);
        matchHint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);

        sex.setLabel("Sex (DfE code)");
        Map<String, String> sexes = ReferenceCodes.SEX.entries();
        List<String> sexCodes = new ArrayList<>(sexes.keySet());
        sex.setItems(sexCodes);
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

        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);

        FormLayout basics = new FormLayout(name, dateOfBirth, unborn);
        add(heading, basics, matchHint, match, newChildForm, remove);
        renumber(number);
    }

    public void renumber(int number) {
        heading.setText("Child " + number);
        remove.setAriaLabel("Remove child " + number);
    }

    public String label() {
        return name.getValue() == null || name.getValue().isBlank() ? "the child" : name.getValue().strip();
    }

    /** Offers existing records with a similar name and the same date of birth. */
    void lookForMatches() {
        String fullName = name.getValue() == null ? "" : name.getValue().strip();
        matchLabels.clear();
        if (fullName.isEmpty()) {
            match.setVisible(false);
            matchHint.setText("");
            newChildForm.setVisible(false);
            return;
        }
        List<ChildMatch> matches;
        matchHint.setText("");
        try {
            matches = queryGateway.query(new FindLikelyChildMatchesQuery(fullName, dateOfBirth.getValue()),
                    ResponseTypes.multipleInstancesOf(ChildMatch.class)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            matches = List.of();
            matchHint.setText("Existing records could not be searched just now; a new record will be made.");
        } catch (Exception e) {
            matches = List.of();
            matchHint.setText("Existing records could not be searched just now; a new record will be made.");
        }
        LocalDate today = Formats.today();
        for (ChildMatch m : matches) {
            matchLabels.put(m.childId(), m.fullName() + ", born " + (m.dateOfBirth() == null ? "not known"
                    : Formats.date(m.dateOfBirth()) + " (" + Formats.age(m.dateOfBirth(), false, today) + ")")
                    + (m.locality() == null ? "" : ", " + m.locality()));
        }
        matchLabels.put(NEW_CHILD, matches.isEmpty() ? "No record found: make a new record"
                : "None of these: make a new record");
        String previous = match.getValue();
        match.setItems(new ArrayList<>(matchLabels.keySet()));
        match.setVisible(true);
        if (matches.isEmpty()) {
            match.setValue(NEW_CHILD);
            if (!matchHint.getText().startsWith("Existing")) {
                matchHint.setText(dateOfBirth.getValue() == null
                        ? "Enter the date of birth to look for an existing record of this child."
                        : "No existing record has this name and date of birth.");
            }
        } else {
            matchHint.setText(matches.size() == 1 ? "1 existing record looks like this child: check it."
                    : matches.size() + " existing records look like this child: check them.");
            match.setValue(previous != null && matchLabels.containsKey(previous) ? previous : null);
        }
        newChildForm.setVisible(NEW_CHILD.equals(match.getValue()));
    }

    /** Every problem with this child's entry, without sending anything. */
    public void check(String prefix, List<String> problems) {
        List<String> own = new ArrayList<>();
        TextRules.requireName(name.getValue(), "the child's name", own);
        LocalDate dob = dateOfBirth.getValue();
        LocalDate today = Formats.today();
        if (dob == null && unborn.getValue()) {
            own.add("Enter the expected date of birth for an unborn child.");
        } else if (dob != null && unborn.getValue()) {
            if (dob.isBefore(today.minusMonths(1)) || dob.isAfter(today.plusMonths(10))) {
                own.add("An expected date of birth must be within the next ten months.");
            }
        } else if (dob != null && dob.isAfter(today)) {
            own.add("The date of birth cannot be in the future (tick 'unborn' for an expected date).");
        } else if (dob != null && dob.isBefore(today.minusYears(25))) {
            own.add("The date of birth is more than 25 years ago: Convene records children.");
        }
        if (own.isEmpty() && registeredChildId == null) {
            if (match.getValue() == null) {
                own.add("Say whether " + label() + " is one of the children we already have a record for, "
                        + "or make a new record.");
            } else if (NEW_CHILD.equals(match.getValue())) {
                String nhs = nhsNumber.getValue() == null ? "" : nhsNumber.getValue().replace(" ", "");
                if (!nhs.isEmpty() && !org.convene.coordination.child.api.NhsNumber.isValid(nhs)) {
                    own.add("The NHS number is not valid (10 digits with a correct check digit).");
                }
                TextRules.optionalText(locality.getValue(), "The locality", 100, own);
            }
        }
        own.forEach(p -> problems.add(prefix + p));
    }

    public boolean needsNewRecord() {
        return registeredChildId == null && NEW_CHILD.equals(match.getValue());
    }

    public RegisterChildCommand registerCommand() {
        String nhs = nhsNumber.getValue() == null ? "" : nhsNumber.getValue().replace(" ", "");
        return new RegisterChildCommand(newChildId, name.getValue().strip(), dateOfBirth.getValue(),
                unborn.getValue(), sex.getValue(), ethnicity.getValue(), blankToNull(locality.getValue()),
                nhs.isEmpty() ? List.of() : List.of(new AgencyIdentifier(IdentifierType.NHS_NUMBER, nhs)),
                lookedAfter.getValue());
    }

    public void registered() {
        registeredChildId = newChildId;
        matchHint.setText("A new record was made for " + label() + ".");
        match.setReadOnly(true);
        name.setReadOnly(true);
        dateOfBirth.setReadOnly(true);
        unborn.setReadOnly(true);
    }

    /** The child record the referral names (valid only after {@link #check} found nothing). */
    public String childId() {
        return registeredChildId != null ? registeredChildId : match.getValue();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
