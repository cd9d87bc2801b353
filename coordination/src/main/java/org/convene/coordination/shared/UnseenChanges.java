package org.convene.coordination.shared;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.eventhandling.DomainEventMessage;
import org.convene.coordination.shared.api.ChangedMeanwhileException;
import org.convene.coordination.shared.api.KnownAgencies;
import org.convene.coordination.shared.api.MessageMetaData;
import org.convene.coordination.shared.api.RecordedBy;
import org.convene.coordination.shared.api.TextRules;

/**
 * Refuses a command sent from a stale screen. A command that carries the version of the record its
 * screen showed is loaded with that expected version; Axon then hands the handler the events the
 * screen did not show (its {@link ConflictResolver}). Each command says which of those conflict
 * with it, by naming the change in words ({@code null} for an event that does not conflict).
 * The sender's own changes never conflict: they made them (often from this very screen, a moment
 * before the read model caught up), so nothing of theirs is overridden unseen. Handlers call this before any other check, on every path: Axon refuses to commit a command
 * loaded with an older version whose conflicts were never looked at.
 */
public final class UnseenChanges {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private UnseenChanges() {
    }

    /**
     * @param conflicting names an unseen event's change in words ("revised the decision") when it
     *                    conflicts with the command, or answers {@code null}
     * @param userId      who sends the command (their own changes do not conflict)
     * @param again       what to do after reloading, e.g. "decide again"
     */
    public static void refuseIfConflicting(ConflictResolver resolver, Function<Object, String> conflicting,
                                           KnownAgencies agencies, String userId, String again) {
        Function<DomainEventMessage<?>, String> othersConflicting = e -> recordedBy(e).userId().equals(userId)
                ? null : conflicting.apply(e.getPayload());
        resolver.detectConflicts(events -> events.stream().anyMatch(e -> othersConflicting.apply(e) != null),
                description -> refusal(description.unexpectedEvents(), othersConflicting, agencies, again));
    }

    private static ChangedMeanwhileException refusal(List<DomainEventMessage<?>> events,
                                                     Function<DomainEventMessage<?>, String> conflicting,
                                                     KnownAgencies agencies, String again) {
        List<DomainEventMessage<?>> changes = events.stream().filter(e -> conflicting.apply(e) != null).toList();
        DomainEventMessage<?> last = changes.get(changes.size() - 1);
        String change = conflicting.apply(last);
        RecordedBy by = recordedBy(last);
        Instant recordedAt = component(last.getPayload(), "recordedAt", Instant.class);
        Instant at = recordedAt == null ? last.getTimestamp() : recordedAt;
        int others = changes.size() - 1;
        String message = "While you had this open, " + by.userId() + " (" + agencies.nameOf(by.agencyId()) + ") "
                + change + " " + when(at) + (others == 0 ? "" : others == 1 ? " (and 1 other change was made)"
                : " (and " + others + " other changes were made)")
                + ". Nothing of yours was saved: reload to see it and " + again + ".";
        return new ChangedMeanwhileException(message, new ChangedMeanwhileException.Change(change, by, at));
    }

    /** Who recorded the event: its own {@link RecordedBy}, else the actor its meta-data names. */
    private static RecordedBy recordedBy(DomainEventMessage<?> event) {
        RecordedBy by = component(event.getPayload(), "recordedBy", RecordedBy.class);
        if (by != null) {
            return by;
        }
        Object user = event.getMetaData().get(MessageMetaData.USER_ID);
        Object agency = event.getMetaData().get(MessageMetaData.AGENCY_ID);
        return new RecordedBy(user == null ? "someone" : user.toString(), agency == null ? "" : agency.toString());
    }

    /** An event's own record of who and when (every event has both), read by name. */
    private static <T> T component(Object payload, String name, Class<T> type) {
        RecordComponent[] components = payload.getClass().getRecordComponents();
        if (components == null) {
            return null;
        }
        for (RecordComponent c : components) {
            if (c.getName().equals(name) && c.getType() == type) {
                try {
                    return type.cast(c.getAccessor().invoke(payload));
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String when(Instant at) {
        ZonedDateTime t = at.atZone(TextRules.UK);
        LocalDate today = LocalDate.ofInstant(GenericEventMessage.clock.instant(), TextRules.UK);
        return t.toLocalDate().equals(today) ? "at " + TIME.format(t)
                : "on " + DAY.format(t) + " at " + TIME.format(t);
    }
}
