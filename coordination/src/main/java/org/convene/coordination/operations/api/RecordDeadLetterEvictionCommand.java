package org.convene.coordination.operations.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/**
 * An administrator sets aside, for good, an event that a part of Convene could not handle (a dead
 * letter), with the reason. Recorded before the dead letter is removed, so the event store keeps
 * who removed what, when and why. The event itself stays in the event store: a rebuild of that
 * part applies it again.
 *
 * @param evictionId        new id of this eviction (a repeated command with the same id records nothing twice)
 * @param processingGroup   the part of Convene that could not handle the event (e.g. "chronology")
 * @param sequenceId        the child or record the dead letter's sequence is kept for
 * @param eventId           the id of the event that is set aside
 * @param eventType         the event's type, as shown to the administrator
 * @param error             the error that was shown to the administrator
 * @param reason            why the administrator removes it
 */
@RequiresRole(Roles.ADMINISTRATOR)
public record RecordDeadLetterEvictionCommand(
        @TargetAggregateIdentifier String evictionId,
        String processingGroup,
        String sequenceId,
        String eventId,
        String eventType,
        String error,
        String reason) {
}
