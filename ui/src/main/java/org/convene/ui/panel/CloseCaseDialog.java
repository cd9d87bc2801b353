package org.convene.ui.panel;

import org.convene.coordination.panel.api.ClosureReason;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/** The chair closes a young person's panel case outside a meeting: the reason and a note. */
class CloseCaseDialog extends PanelFormDialog<CloseCaseDialog.Closure> {

    /** What the chair chooses and writes. */
    public record Closure(ClosureReason reason, String note) {
    }

    final Select<ClosureReason> reason = PanelLabels.closureReasons("Reason");
    final TextArea note = new TextArea("Note");

    CloseCaseDialog(String childName) {
        super("Close the panel case of " + childName, Closure.class, "close", "Close the case");
        save.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reason.setId("close-reason");
        note.setId("close-note");
        note.setWidthFull();
        binder.bindInstanceFields(this);
        add(reason, note);
    }
}
