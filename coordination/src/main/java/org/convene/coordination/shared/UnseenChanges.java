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
 * Handlers call this before any other check, on every path: Axon refuses to commit a command
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
     * @param userId      who sends the command (a change of their own is named as theirs)
     * @param again       what to do after reloading, e.g. "decide again"
     */
    public static void refuseIfConflicting(ConflictResolver resolver, Function<Object, String> conflicting,
                                           KnownAgencies agencies, String userId, String again) {
        resolver.detectConflicts(events -> events.stream().anyMatch(e -> conflicting.apply(e.getPayload()) != null),
                description -> refusal(description.unexpectedEvents(), conflicting, agencies, userId, again));
    }

    private static ChangedMeanwhileException refusal(List<DomainEventMessage<?>> events,
                                                     Function<Object, String> conflicting, KnownAgencies agencies,
                                                     String userId, String again) {
        List<DomainEventMessage<?>> changes = events.stream()
                .filter(e -> conflicting.apply(e.getPayload()) != null).toList();
        DomainEventMessage<?> last = changes.get(changes.size() - 1);
        String change = conflicting.apply(last.getPayload());
        RecordedBy by = component(last.getPayload(), "recordedBy", RecordedBy.class);
        if (by == null) {
            Object user = last.getMetaData().get(MessageMetaData.USER_ID);
            Object agency = last.getMetaData().get(MessageMetaData.AGENCY_ID);
            by = new RecordedBy(user == null ? "someone" : user.toString(), agency == null ? "" : agency.toString());
        }
        Instant recordedAt = component(last.getPayload(), "recordedAt", Instant.class);
        Instant at = recordedAt == null ? last.getTimestamp() : recordedAt;
        boolean mine = by.userId().equals(userId);
        String who = mine ? "you" : by.userId() + " (" + agencies.nameOf(by.agencyId()) + ")";
        int others = changes.size() - 1;
        String message = "While you had this open, " + who + " " + change + (mine ? " in another window" : "")
                + " " + when(at) + (others == 0 ? "" : others == 1 ? " (and 1 other change was made)"
                : " (and " + others + " other changes were made)")
                + ". Nothing of yours was saved: reload to see it and " + again + ".";
        return new ChangedMeanwhileException(message, change, by.userId(), by.agencyId(), at);
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
