package org.convene.ui.shared;

import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.gateway.CommandGateway;

/** How a view sends the command a form asked for, and tells the form how it went. */
public final class Commands {

    private Commands() {
    }

    /**
     * Sends the command and waits for it; on refusal the form lists the problems (with a reload
     * button when the record changed meanwhile). Whether it went through.
     */
    public static boolean send(CommandGateway gateway, Object command, EventForm<?> form, String reloadText,
                               Runnable reload) {
        try {
            gateway.sendAndWait(command, 20, TimeUnit.SECONDS);
        } catch (RuntimeException e) {
            form.refused(e, reloadText, reload);
            return false;
        }
        form.saved();
        return true;
    }
}
