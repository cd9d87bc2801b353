package org.convene.ui.panel;

import java.util.List;

import org.convene.query.panel.api.PanelCaseSummary;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The chair adds a young person with an open case to a meeting's agenda, with the reason. */
class AddToAgendaForm extends PanelFormSection<AddToAgendaForm.Addition> {

    /** Who is added and why. */
    public record Addition(PanelCaseSummary who, String reason) {
    }

    final ComboBox<PanelCaseSummary> who = new ComboBox<>("Young person with an open case");
    final TextArea reason = new TextArea("Reason for adding");

    AddToAgendaForm() {
        super(Addition.class, "add-errors", "Add to the agenda", "add-save");
        who.setItemLabelGenerator(PanelCaseSummary::childName);
        who.setId("add-who");
        reason.setId("add-reason");
        reason.setWidthFull();
        binder.forField(who).asRequired("Choose the young person to add.").bind("who");
        binder.forField(reason).bind("reason");
        H2 heading = new H2("Add a young person");
        heading.setId("add-heading");
        heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM);
        addComponentAsFirst(heading);
        add(who, reason, save);
    }

    /** The open cases not yet on the agenda. */
    void offer(List<PanelCaseSummary> cases) {
        who.setItems(cases);
    }

    @Override
    public void saved(String message) {
        super.saved(message);
        reason.clear();
    }
}
