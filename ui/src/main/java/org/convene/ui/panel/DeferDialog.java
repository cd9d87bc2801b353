package org.convene.ui.panel;

import com.vaadin.flow.component.textfield.TextArea;

/** The chair defers a young person on the agenda to a later meeting, with the reason. */
class DeferDialog extends PanelFormDialog<DeferDialog.Deferral> {

    /** What the chair writes. */
    public record Deferral(String reason) {
    }

    final TextArea reason = new TextArea("Reason for deferring");

    DeferDialog(String childName) {
        super("Defer " + childName + " to a later meeting", Deferral.class, "defer", "Defer");
        reason.setId("defer-reason");
        reason.setWidthFull();
        binder.bindInstanceFields(this);
        add(reason);
    }
}
