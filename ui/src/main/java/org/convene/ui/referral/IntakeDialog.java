package org.convene.ui.referral;

import java.util.List;

import org.convene.intake.Intake;
import org.convene.ui.shared.ProblemList;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;

/**
 * The shape the intake forms (a referral, a missing child) share: fields bound with a {@link Binder}
 * to a draft record, a problem list, Cancel and a save button; saving sends what was entered through
 * {@link Intake}, which records nothing unless everything passes coordination's rules. Fires
 * {@link IntakeRecorded} and closes when the record is made.
 *
 * @param <D> the draft record the fields fill in
 */
public abstract class IntakeDialog<D> extends Dialog {

    public final ProblemList errors;
    public final Button save;
    protected final Binder<D> binder;
    protected final Intake intake;

    protected IntakeDialog(Class<D> draft, Intake intake, String title, String errorsId, String saveText,
                           String saveId) {
        this.binder = new Binder<>(draft);
        this.intake = intake;
        this.errors = new ProblemList(errorsId);
        this.save = new Button(saveText);
        setHeaderTitle(title);
        setWidth("min(52rem, 100vw)");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId(saveId);
        save.addClickListener(e -> save());
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    /** Binds the subclass's fields to the draft's components of the same names. */
    protected void bindFields() {
        // coordination's rules judge the values (and list every problem); a field's own constraint
        // (a maximum length) would keep a value out of the draft without a word
        binder.setDefaultValidatorsEnabled(false);
        binder.bindInstanceFields(this);
    }

    /** Checks the form and, when nothing stops it, sends it through {@link Intake}. */
    protected abstract void save();

    /** Shows {@code problems}, or sends and, once recorded, says {@code success}, fires {@link IntakeRecorded} and closes. */
    protected final void saveWith(List<String> problems, Runnable send, String success, String recordId) {
        if (Drafts.saved(errors, problems, send, success)) {
            fireEvent(new IntakeRecorded(this, recordId));
            close();
        }
    }

    public Registration addRecordedListener(ComponentEventListener<IntakeRecorded> listener) {
        return addListener(IntakeRecorded.class, listener);
    }
}
