package org.convene.ui.referral;

import org.convene.coordination.shared.api.TextRules;
import org.convene.ui.shared.EventForm;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** What the user's own agency's checks found about the children and family. */
class OurChecksForm extends EventForm<OurChecksForm.Checks> {

    public record Checks(Boolean known, String information) {
    }

    final RadioButtonGroup<Boolean> known = new RadioButtonGroup<>();
    final TextArea information = narrative(new TextArea("What our checks found"), TextRules.MAX_NARRATIVE_LENGTH,
            "our-information");

    OurChecksForm(String agencyName) {
        super(Checks.class, "our-checks", "Record our checks (" + agencyName + ")", "checks-errors",
                "Record our checks", "record-checks");
        known.setLabel("Is the child or family known to " + agencyName + "?");
        known.setItems(Boolean.TRUE, Boolean.FALSE);
        known.setItemLabelGenerator(b -> b ? "Known to " + agencyName : "Not known to " + agencyName);
        known.setId("our-known");
        information.setMinHeight("6rem");
        binder.forField(known).asRequired("Say whether the child or family is known to your agency.").bind("known");
        binder.forField(information).withValidator(EventForm::hasText,
                "Say what your checks found (write 'Nothing held' if nothing).").bind("information");
        add(errors, known, information, save);
    }

    /** Once the agency has recorded its checks, saving again updates them. */
    void showContributed(boolean contributed) {
        save.setText(contributed ? "Update our checks" : "Record our checks");
    }

    @Override
    public void saved() {
        super.saved();
        binder.readRecord(new Checks(null, ""));
    }
}
