package org.convene.ui.panel;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.convene.coordination.panel.api.ClosureReason;
import org.convene.ui.shared.ProblemList;
import org.convene.ui.shared.UserMessages;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.shared.Registration;

/**
 * The panel's forms, in the shape of Vaadin's flow-crm-tutorial {@code ContactForm}: the fields are
 * bound by a {@link Binder} to a draft record; Save fires a {@link SaveEvent} with the draft (Cancel
 * a {@link CancelEvent}); the view listening sends the command and answers the form with
 * {@link #refused} when it is refused. A form never calls the command gateway.
 */
final class PanelForms {

    private PanelForms() {
    }

    /** A form the view answers: a dialog or a part of a page. */
    interface Form<T> {
        default Registration addSaveListener(Consumer<T> listener) {
            return onSave((Component) this, listener);
        }

        /** The command was accepted. */
        void saved(String message);

        /** The command was refused; {@code reload} shows the record as it is now. */
        void refused(RuntimeException e, Runnable reload);
    }

    /**
     * The view's side of a form: on each Save, sends the command made from the draft; the form then
     * says it was saved (and {@code afterSave} runs) or why it was refused.
     */
    static <T> void sendOnSave(CommandGateway commands, Form<T> form, Function<T, Object> command,
                               Function<T, String> savedMessage, Runnable afterSave) {
        form.addSaveListener(draft -> {
            try {
                commands.sendAndWait(command.apply(draft));
            } catch (RuntimeException e) {
                form.refused(e, afterSave);
                return;
            }
            form.saved(savedMessage.apply(draft));
            afterSave.run();
        });
    }

    /** What the chair writes to defer an agenda item. */
    public record Deferral(String reason) {
    }

    /** When and with what outcome the owner agency did an action. */
    public record Completion(LocalDate on, String outcome) {
    }

    /** Why the chair closes a case. */
    public record Closure(ClosureReason reason, String note) {
    }

    /** A form's Save: the draft its Binder wrote from the fields. */
    static final class SaveEvent extends ComponentEvent<Component> {
        private final transient Object draft;

        SaveEvent(Component form, Object draft) {
            super(form, false);
            this.draft = draft;
        }

        Object draft() {
            return draft;
        }
    }

    /** A form's Cancel. */
    static final class CancelEvent extends ComponentEvent<Component> {
        CancelEvent(Component form) {
            super(form, false);
        }
    }

    /** {@code listener} gets the draft of each Save of {@code form}, whose Binder writes a {@code T}. */
    @SuppressWarnings("unchecked")
    static <T> Registration onSave(Component form, Consumer<T> listener) {
        return ComponentUtil.addListener(form, SaveEvent.class, event -> listener.accept((T) event.draft()));
    }

    static Registration onCancel(Component form, Runnable listener) {
        return ComponentUtil.addListener(form, CancelEvent.class, event -> listener.run());
    }

    static void cancel(Component form) {
        ComponentUtil.fireEvent(form, new CancelEvent(form));
    }

    /** Fires the form's {@link SaveEvent} when its Binder accepts the fields; otherwise lists why not. */
    static <T> void submit(Component form, Binder<T> binder, ProblemList errors) {
        errors.clear();
        try {
            ComponentUtil.fireEvent(form, new SaveEvent(form, binder.writeRecord()));
        } catch (ValidationException e) {
            errors.show(e.getValidationErrors().stream().filter(ValidationResult::isError)
                    .map(ValidationResult::getErrorMessage).toList());
        }
    }

    /**
     * Why a command was refused, in the form. A stale screen (someone changed the record since the
     * form was opened; nothing was saved) also gets a button that closes the form and reloads.
     */
    static void refused(ProblemList errors, RuntimeException e, String reloadId, Runnable closeAndReload) {
        List<String> problems = UserMessages.problems(e);
        if (UserMessages.changedMeanwhile(e)) {
            Button reload = new Button("Close and reload", click -> closeAndReload.run());
            reload.setId(reloadId);
            errors.show(problems, reload);
        } else {
            errors.show(problems);
        }
    }
}
