package org.convene.coordination.operations;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.convene.coordination.operations.api.DeadLetterEvictedEvent;
import org.convene.coordination.operations.api.RecordDeadLetterEvictionCommand;
import org.convene.coordination.shared.api.RecordedBy;
import org.convene.coordination.shared.api.TextRules;

/**
 * The record of one dead letter removed by an administrator: who, when, why, and which event.
 * Created once; a second command with the same eviction id conflicts and records nothing.
 */
@Aggregate
public class DeadLetterEviction {

    static final int MAX_REASON_LENGTH = 1000;
    static final int MAX_TEXT_LENGTH = 2000;

    @AggregateIdentifier
    private String evictionId;

    DeadLetterEviction() {
        // for Axon
    }

    @CommandHandler
    DeadLetterEviction(RecordDeadLetterEvictionCommand command, RecordedBy by) {
        List<String> problems = new ArrayList<>();
        TextRules.requireId(command.evictionId(), "eviction id", problems);
        TextRules.requireId(command.processingGroup(), "part of Convene", problems);
        TextRules.requireId(command.sequenceId(), "child or record", problems);
        TextRules.requireId(command.eventId(), "event id", problems);
        TextRules.requireText(command.reason(), "Say why this event is removed.", MAX_REASON_LENGTH, problems);
        TextRules.optionalText(command.eventType(), "The event type", MAX_TEXT_LENGTH, problems);
        if (command.error() != null && command.error().length() > MAX_TEXT_LENGTH) {
            problems.add("The error text must be at most " + MAX_TEXT_LENGTH + " characters.");
        }
        TextRules.throwIfAny(problems);
        Instant now = GenericEventMessage.clock.instant();
        apply(new DeadLetterEvictedEvent(command.evictionId(), command.processingGroup(), command.sequenceId(),
                command.eventId(), command.eventType(), command.error(), command.reason().strip(),
                by, now));
    }

    @EventSourcingHandler
    void on(DeadLetterEvictedEvent event) {
        evictionId = event.evictionId();
    }
}
