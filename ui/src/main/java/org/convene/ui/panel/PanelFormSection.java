package org.convene.ui.panel;

import org.convene.ui.shared.ProblemList;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;

/**
 * A panel form within a page (see {@link PanelForms}): its problems, then the subclass's fields,
 * then its Save button.
 *
 * @param <T> the draft record the form's Binder writes
 */
abstract class PanelFormSection<T> extends Div implements PanelForms.Form<T> {

    final ProblemList errors;
    final Button save;
    final Binder<T> binder;

    PanelFormSection(Class<T> draftType, String errorsId, String saveLabel, String saveId) {
        binder = new Binder<>(draftType);
        errors = new ProblemList(errorsId);
        save = new Button(saveLabel, e -> PanelForms.submit(this, binder, errors));
        save.setId(saveId);
        add(errors);
    }

    @Override
    public void saved(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public void refused(RuntimeException e, Runnable reload) {
        PanelForms.refused(errors, e, errors.getId().orElse("form") + "-reload", reload);
    }
}
