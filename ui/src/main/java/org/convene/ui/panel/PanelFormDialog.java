package org.convene.ui.panel;

import org.convene.ui.shared.ProblemList;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;

/**
 * A panel form in a dialog (see {@link PanelForms}): problems at the top, then the fields, Cancel
 * and Save in the footer; the element ids start with {@code idPrefix} ({@code -errors},
 * {@code -save}, {@code -reload}, and each field's {@code -<property>} when added with
 * {@link #field}).
 *
 * @param <T> the draft record the form's Binder writes
 */
class PanelFormDialog<T> extends Dialog implements PanelForms.Form<T> {

    final ProblemList errors;
    final Button save;
    final Binder<T> binder;
    private final String idPrefix;

    PanelFormDialog(String title, Class<T> draftType, String idPrefix, String saveLabel) {
        this.idPrefix = idPrefix;
        this.binder = new Binder<>(draftType);
        this.errors = new ProblemList(idPrefix + "-errors");
        this.save = new Button(saveLabel, e -> PanelForms.submit(this, binder, errors));
        setHeaderTitle(title);
        save.setId(idPrefix + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> {
            PanelForms.cancel(this);
            close();
        });
        getFooter().add(cancel, save);
        add(errors);
    }

    /** Adds a field bound to the draft's {@code property}. */
    <V, F extends Component & HasValue<?, V>> F field(F field, String property) {
        field.setId(idPrefix + "-" + property);
        binder.forField(field).bind(property);
        add(field);
        return field;
    }

    @Override
    public void saved(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        close();
    }

    /** Offers "Close and reload" when someone changed the record meanwhile. */
    @Override
    public void refused(RuntimeException e, Runnable reload) {
        PanelForms.refused(errors, e, idPrefix + "-reload", () -> {
            close();
            reload.run();
        });
    }
}
