package org.convene.ui.panel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.convene.coordination.panel.api.ActionHeading;
import org.convene.coordination.panel.api.PanelActionSpec;
import org.convene.ui.shared.AgencyNames;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The actions of a panel outcome, one row each (heading, what, owner agency, due date), as one
 * field whose value is the list of actions, so the outcome form's Binder binds it like any other.
 */
class PanelActionList extends CustomField<List<PanelActionSpec>> {

    /** One action being written. */
    final class ActionRow extends HorizontalLayout {
        final Select<ActionHeading> heading = new Select<>();
        final TextField description = new TextField("What is to be done");
        final Select<String> owner = new Select<>();
        final DatePicker due = new DatePicker("Due");
        final String actionId = UUID.randomUUID().toString();

        ActionRow(int n) {
            heading.setLabel("Heading");
            heading.setItems(ActionHeading.values());
            heading.setItemLabelGenerator(ActionHeading::label);
            heading.setId("action-heading-" + n);
            description.setId("action-description-" + n);
            description.setMaxLength(4_000);
            owner.setLabel("Owner agency");
            owner.setItems(agencies.keySet());
            owner.setItemLabelGenerator(id -> AgencyNames.name(agencies, id));
            owner.setId("action-owner-" + n);
            due.setId("action-due-" + n);
            due.setLocale(Locale.UK);
            due.setValue(defaultDue.get());
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> remove(this));
            remove.setAriaLabel("Remove this action");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(heading, description, owner, due, remove);
            setFlexGrow(1, description);
            setWidthFull();
            heading.addValueChangeListener(e -> updateValue());
            description.addValueChangeListener(e -> updateValue());
            owner.addValueChangeListener(e -> updateValue());
            due.addValueChangeListener(e -> updateValue());
        }

        PanelActionSpec spec() {
            return new PanelActionSpec(actionId, heading.getValue(), description.getValue(), owner.getValue(),
                    due.getValue());
        }
    }

    final List<ActionRow> rows = new ArrayList<>();
    private final Div shown = new Div();
    private final Map<String, String> agencies;
    private final Supplier<LocalDate> defaultDue;

    PanelActionList(Map<String, String> agencies, Supplier<LocalDate> defaultDue) {
        this.agencies = agencies;
        this.defaultDue = defaultDue;
        add(shown);
        setWidthFull();
    }

    ActionRow addRow() {
        ActionRow row = new ActionRow(rows.size() + 1);
        rows.add(row);
        shown.add(row);
        updateValue();
        return row;
    }

    private void remove(ActionRow row) {
        rows.remove(row);
        shown.remove(row);
        updateValue();
    }

    @Override
    protected List<PanelActionSpec> generateModelValue() {
        return rows.stream().map(ActionRow::spec).toList();
    }

    /** An outcome form starts without actions: setting the value clears the rows the user added. */
    @Override
    protected void setPresentationValue(List<PanelActionSpec> actions) {
        rows.clear();
        shown.removeAll();
    }
}
