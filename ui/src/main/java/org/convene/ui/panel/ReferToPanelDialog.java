package org.convene.ui.panel;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

import org.convene.coordination.panel.api.ExploitationType;
import org.convene.coordination.panel.api.PanelRiskLevel;
import org.convene.query.child.api.ChildMatch;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.UserMessages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * An agency's direct referral of a young person to the exploitation panel: find the young person's
 * record by name and date of birth, the types of exploitation, the initial risk level and the
 * reason. A young person with an open case has the concern joined to it.
 */
public class ReferToPanelDialog extends PanelFormDialog<ReferToPanelDialog.Referral> {

    /** What the referrer chooses and writes. */
    public record Referral(ChildMatch child, Set<ExploitationType> types, PanelRiskLevel risk, String reason) {
    }

    final TextField name = new TextField("Young person's name");
    final DatePicker dateOfBirth = new DatePicker("Date of birth");
    final Button find = new Button("Find");
    final RadioButtonGroup<ChildMatch> child = new RadioButtonGroup<>("Young person");
    final CheckboxGroup<ExploitationType> types = PanelLabels.exploitationTypes();
    final RadioButtonGroup<PanelRiskLevel> risk = PanelLabels.riskLevels("Initial risk level");
    final TextArea reason = new TextArea("Reason for the referral");
    private final BiFunction<String, LocalDate, List<ChildMatch>> matches;

    /** {@code matches} finds the likely records of a name and date of birth (the view's query). */
    public ReferToPanelDialog(BiFunction<String, LocalDate, List<ChildMatch>> matches) {
        super("Refer a young person to the exploitation panel", Referral.class, "refer", "Refer to the panel");
        this.matches = matches;
        setWidth("min(48rem, 100vw)");
        name.setId("refer-name");
        dateOfBirth.setId("refer-dob");
        dateOfBirth.setLocale(Locale.UK);
        find.setId("refer-find");
        find.addClickListener(e -> search());
        child.setId("refer-child");
        child.setItemLabelGenerator(m -> m.fullName() + ", born " + Formats.date(m.dateOfBirth())
                + (m.locality() == null ? "" : ", " + m.locality()));
        types.setId("refer-types");
        risk.setId("refer-risk");
        reason.setId("refer-reason");
        reason.setWidthFull();
        reason.setMinHeight("6rem");
        reason.setMaxLength(4_000);
        binder.forField(child).asRequired("Find and choose the young person.").bind("child");
        binder.forField(types).withValidator(chosen -> !chosen.isEmpty(), "Choose at least one type of exploitation.")
                .bind("types");
        binder.forField(risk).asRequired("Choose the initial risk level (low, medium or high).").bind("risk");
        binder.forField(reason).withValidator(text -> !text.isBlank(), "Give the reason for the referral.")
                .bind("reason");
        add(new FormLayout(name, dateOfBirth, find), child, types, risk, reason);
    }

    void search() {
        errors.clear();
        if (name.isEmpty() || dateOfBirth.isEmpty()) {
            errors.show(List.of("Enter the young person's name and date of birth to find their record."));
            return;
        }
        try {
            List<ChildMatch> found = matches.apply(name.getValue().strip(), dateOfBirth.getValue());
            child.setItems(found);
            if (found.size() == 1) {
                child.setValue(found.get(0));
            }
            if (found.isEmpty()) {
                errors.show(List.of("No record matches. A screener can record the young person first."));
            }
        } catch (RuntimeException e) {
            errors.show(UserMessages.problems(e));
        }
    }
}
