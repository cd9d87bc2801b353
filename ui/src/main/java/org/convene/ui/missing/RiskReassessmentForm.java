package org.convene.ui.missing;

import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.ui.shared.EventForm;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/** A new police risk level for a child still missing, and why. */
class RiskReassessmentForm extends EventForm<RiskReassessmentForm.Reassessment> {

    public record Reassessment(MissingRiskLevel riskLevel, String reason) {
    }

    final Select<MissingRiskLevel> riskLevel = new Select<>();
    final TextArea reason = narrative(new TextArea("Reason for the reassessment"), 2000, "reassess-reason");

    RiskReassessmentForm() {
        super(Reassessment.class, "reassess-form", "Reassess the risk", "reassess-errors", "Record new risk level",
                "reassess");
        save.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        riskLevel.setLabel("New police risk level");
        riskLevel.setItems(MissingRiskLevel.values());
        riskLevel.setItemLabelGenerator(MissingRiskLevel::label);
        riskLevel.setId("new-risk");
        binder.forField(riskLevel).bind("riskLevel");
        binder.forField(reason).bind("reason");
        add(errors, new FormLayout(riskLevel), reason, save);
    }

    @Override
    public void saved() {
        super.saved();
        binder.readRecord(new Reassessment(null, ""));
    }
}
