package org.convene.coordination.panel.api;

import java.time.LocalDate;

/**
 * An action the panel agrees for a young person.
 *
 * @param actionId      a new unique id chosen by the sender
 * @param ownerAgencyId the agency that owns it (and alone may mark it done)
 */
public record PanelActionSpec(String actionId, ActionHeading heading, String description, String ownerAgencyId,
                              LocalDate dueDate) {
}
