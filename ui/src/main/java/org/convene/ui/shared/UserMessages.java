package org.convene.ui.shared;

import static org.convene.coordination.shared.api.Failures.unwrap;

import java.util.List;

import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.convene.coordination.shared.api.ChangedMeanwhileException;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Turns what went wrong with a command into words for the person who sent it. */
public final class UserMessages {

    private UserMessages() {
    }

    public static List<String> problems(Throwable error) {
        Throwable e = unwrap(error);
        if (e instanceof CommandRejectedException rejected) {
            return rejected.problems();
        }
        if (e instanceof AggregateStreamCreationException) {
            return List.of("This was already recorded. Nothing was recorded twice.");
        }
        if (e instanceof ConflictingAggregateVersionException) {
            return List.of("This record is not as your screen showed it. Nothing of yours was saved: reload to see "
                    + "it as it stands and try again.");
        }
        if (e instanceof ConcurrencyException) {
            return List.of("Someone else changed this at the same moment. Nothing of yours was saved: "
                    + "reload and try again.");
        }
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            return List.of(e.getMessage());
        }
        return List.of("Something went wrong and nothing was saved. Please try again; if it keeps "
                + "happening, tell your administrator (" + e.getClass().getSimpleName() + ").");
    }

    /** Tells the person that what they asked for is done. */
    public static void done(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /**
     * Whether the command was refused because the record changed since the screen showed it: the
     * screen then offers to reload it (decision 0022).
     */
    public static boolean changedMeanwhile(Throwable error) {
        Throwable e = unwrap(error);
        return e instanceof ChangedMeanwhileException || e instanceof ConflictingAggregateVersionException;
    }
}
