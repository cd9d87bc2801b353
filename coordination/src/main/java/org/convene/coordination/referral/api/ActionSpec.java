package org.convene.coordination.referral.api;

import java.time.LocalDate;

/**
 * An action agreed at the meeting: what, which agency owns it, when it is due.
 *
 * @param actionId a new unique id chosen by the sender
 */
public record ActionSpec(String actionId, String description, String ownerAgencyId, LocalDate dueDate) {
}
