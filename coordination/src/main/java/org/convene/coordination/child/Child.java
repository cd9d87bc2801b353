package org.convene.coordination.child;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.convene.coordination.child.api.AgencyIdentifier;
import org.convene.coordination.child.api.ChildRecordsMergedEvent;
import org.convene.coordination.child.api.ChildRegisteredEvent;
import org.convene.coordination.child.api.ChildRules;
import org.convene.coordination.child.api.IdentifierType;
import org.convene.coordination.child.api.NhsNumber;
import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.coordination.shared.api.RecordedBy;
import org.convene.coordination.shared.api.ReferenceCodes;
import org.convene.coordination.shared.api.TextRules;

/** A child's record. A duplicate record is merged into the surviving one, never deleted. */
@Aggregate(cache = "aggregateCache")
public class Child {

    static final int MAX_LOCALITY_LENGTH = ChildRules.MAX_LOCALITY_LENGTH;

    @AggregateIdentifier
    private String childId;
    private String mergedInto;

    Child() {
        // for Axon
    }

    @CommandHandler
    Child(RegisterChildCommand command, RecordedBy by, ChildIdentityIndex identities) {
        Instant now = GenericEventMessage.clock.instant();
        LocalDate dob = command.dateOfBirth();
        TextRules.throwIfAny(ChildRules.registrationProblems(command, LocalDate.ofInstant(now, TextRules.UK)));
        List<AgencyIdentifier> identifiers = command.identifiers() == null ? List.of() : command.identifiers();
        // in the index before the event is stored: a stored record is always found (ChildIdentityIndex)
        ChildRules.identityKey(command.fullName(), dob).ifPresent(key -> identities.add(key, command.childId()));
        apply(new ChildRegisteredEvent(command.childId(), command.fullName().strip(), dob,
                command.dateOfBirthIsExpected(), blankToNull(command.sexCode()), blankToNull(command.ethnicityCode()),
                blankToNull(command.locality() == null ? null : command.locality().strip()),
                identifiers.stream().map(i -> new AgencyIdentifier(i.type(), i.value().replace(" ", "").strip()))
                        .toList(),
                command.lookedAfter(), by, now));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Called by {@link ChildMergeHandler} once it has checked the surviving record. */
    void mergeInto(String survivingChildId, String reason, RecordedBy recordedBy) {
        List<String> problems = new ArrayList<>();
        if (childId.equals(survivingChildId)) {
            problems.add("A record cannot be merged into itself.");
        }
        if (mergedInto != null) {
            problems.add("This record was already merged into another record.");
        }
        TextRules.requireText(reason, "Give the reason for the merge.", 2000, problems);
        TextRules.throwIfAny(problems);
        apply(new ChildRecordsMergedEvent(childId, survivingChildId, reason.strip(), recordedBy,
                GenericEventMessage.clock.instant()));
    }

    boolean isMerged() {
        return mergedInto != null;
    }

    String mergedInto() {
        return mergedInto;
    }

    @EventSourcingHandler
    void on(ChildRegisteredEvent event) {
        this.childId = event.childId();
    }

    @EventSourcingHandler
    void on(ChildRecordsMergedEvent event) {
        this.mergedInto = event.survivingChildId();
    }
}
