package org.convene.ui.shared;

import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.shared.Registration;

/**
 * A form in the shape of Vaadin's flow-crm-tutorial {@code ContactForm}: its fields are bound with
 * a {@link Binder} to a record of what the person entered; the save button checks them and fires a
 * {@link SaveEvent} carrying that record. The view listens, sends the command (with the version of
 * the record its screen shows) and tells the form how it went: {@link #saved()} or {@link #refused}.
 * The rules of the domain stay with the command side: a form only checks what it must to build the
 * record, and lists every problem the command was refused for.
 *
 * @param <T> the record the form fills in
 */
public abstract class EventForm<T> extends Section {

    protected final Binder<T> binder;
    public final ProblemList errors;
    public final Button save;

    /**
     * @param id       the section's id; with a heading, {@code id + "-heading"} is the heading's
     * @param heading  the form's heading, or null when it sits in a container that has one
     * @param errorsId the id of the problem list
     * @param saveText the save button's words
     * @param saveId   the save button's id
     */
    protected EventForm(Class<T> type, String id, String heading, String errorsId, String saveText, String saveId) {
        this.binder = new Binder<>(type);
        this.errors = new ProblemList(errorsId);
        this.save = new Button(saveText);
        if (id != null) {
            setId(id);
        }
        if (heading != null) {
            getElement().setAttribute("aria-labelledby", id + "-heading");
            add(Sections.heading(heading, id + "-heading"));
        }
        save.setId(saveId);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> validateAndSave());
    }

    /** Checks the fields and, when nothing stops it, fires a {@link SaveEvent} with the record. */
    public void validateAndSave() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            errors.show(problems.stream().distinct().toList());
            return;
        }
        fireEvent(new SaveEvent<>(this, value()));
    }

    /** Everything that stops the record being saved, all at once: by default the bound fields' checks. */
    protected List<String> problems() {
        return messages(binder.validate());
    }

    /** The record the fields hold, once {@link #problems()} found none. */
    protected T value() {
        try {
            return binder.writeRecord();
        } catch (ValidationException e) {
            throw new IllegalStateException("The form was saved with problems: " + e.getValidationErrors(), e);
        }
    }

    /** The words of each failed check. */
    public static List<String> messages(BinderValidationStatus<?> status) {
        return status.getValidationErrors().stream().map(ValidationResult::getErrorMessage).toList();
    }

    /** The command went through: the form's problems are cleared. */
    public void saved() {
        errors.clear();
    }

    /**
     * The command was refused: every problem is listed; when the record changed since the screen
     * showed it, with a button that reloads it (decision 0022).
     */
    public void refused(Throwable error, String reloadText, Runnable reload) {
        if (UserMessages.changedMeanwhile(error)) {
            Button button = new Button(reloadText, click -> {
                errors.clear();
                reload.run();
            });
            button.setId(errors.getId().orElse("errors") + "-reload");
            errors.show(UserMessages.problems(error), button);
        } else {
            errors.show(UserMessages.problems(error));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addSaveListener(ComponentEventListener<SaveEvent<T>> listener) {
        return addListener((Class) SaveEvent.class, (ComponentEventListener) listener);
    }

    /** A text that must hold more than spaces. */
    public static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** A one-line text field as the forms use it: with a maximum length. */
    public static TextField text(TextField field, int maxLength, String id) {
        field.setMaxLength(maxLength);
        field.setId(id);
        return field;
    }

    /** A long free-text field as the forms use it: full width, with a maximum length. */
    public static TextArea narrative(TextArea area, int maxLength, String id) {
        area.setMaxLength(maxLength);
        area.setWidthFull();
        area.setId(id);
        return area;
    }

    /** What the person entered, fired to the view that sends the command. */
    public static final class SaveEvent<T> extends ComponentEvent<EventForm<T>> {

        private final T value;

        SaveEvent(EventForm<T> source, T value) {
            super(source, false);
            this.value = value;
        }

        public T value() {
            return value;
        }
    }
}
