package org.convene.ui.referral;

import org.convene.coordination.referral.api.AdultRole;
import org.convene.coordination.referral.api.InvolvedAdult;
import org.convene.coordination.shared.api.TextRules;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** An adult involved in the incident on the referral form: name and role. */
final class AdultRow extends HorizontalLayout {

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

    /** The adult as entered (the rules of coordination say what is missing). */
    InvolvedAdult toAdult() {
        return new InvolvedAdult(name.getValue() == null ? null : name.getValue().strip(), role.getValue());
    }
}
