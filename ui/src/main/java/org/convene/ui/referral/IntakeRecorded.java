package org.convene.ui.referral;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.dialog.Dialog;

/** An intake form recorded what was entered: a referral, or a missing episode; {@link #recordId()} is its id. */
public class IntakeRecorded extends ComponentEvent<Dialog> {

    private final String recordId;

    public IntakeRecorded(Dialog source, String recordId) {
        super(source, false);
        this.recordId = recordId;
    }

    public String recordId() {
        return recordId;
    }
}
