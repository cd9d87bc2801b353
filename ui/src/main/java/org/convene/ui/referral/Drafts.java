package org.convene.ui.referral;

import java.util.List;

import org.convene.ui.shared.ProblemList;
import org.convene.ui.shared.UserMessages;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

/** What the intake forms (referral, missing child) share: reading their drafts and saving through intake. */
public final class Drafts {

    private Drafts() {
    }

    /**
     * The draft as the fields hold it now. The binders have no validators of their own (coordination's
     * rules judge the values, through {@code Intake}), so writing never fails.
     */
    public static <T> T write(Binder<T> binder) {
        try {
            return binder.writeRecord();
        } catch (ValidationException e) {
            throw new IllegalStateException("A form's binder has no validators of its own", e);
        }
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Shows the problems found without sending anything; when there are none, sends and shows what
     * the sending refused, or the success message. True when it was recorded.
     */
    public static boolean saved(ProblemList errors, List<String> problems, Runnable send, String success) {
        if (!problems.isEmpty()) {
            errors.show(problems);
            return false;
        }
        try {
            send.run();
        } catch (RuntimeException e) {
            errors.show(UserMessages.problems(e));
            return false;
        }
        errors.clear();
        Notification.show(success).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return true;
    }
}
