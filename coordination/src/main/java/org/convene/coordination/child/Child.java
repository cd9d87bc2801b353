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

    static final int MAX_LOCALITY_LENGTH = 100;

    @AggregateIdentifier
    private String childId;
    private String mergedInto;

    Child() {
        // for Axon
    }

    @CommandHandler
    Child(RegisterChildCommand command, RecordedBy by) {
        Instant now = GenericEventMessage.clock.instant();
        List<String> problems = new ArrayList<>();
        TextRules.requireId(command.childId(), "child id", problems);
        TextRules.requireName(command.fullName(), "the child's full name", problems);
        LocalDate dob = command.dateOfBirth();
        LocalDate today = LocalDate.ofInstant(now, TextRules.UK);
        if (dob == null && command.dateOfBirthIsExpected()) {
            problems.add("Enter the expected date of birth for an unborn child.");
        }
        if (dob != null) {
            if (command.dateOfBirthIsExpected()) {
                if (dob.isBefore(today.minusMonths(1)) || dob.isAfter(today.plusMonths(10))) {
                    problems.add("An expected date of birth must be within the next ten months.");
                }
            } else if (dob.isAfter(today)) {
                problems.add("The date of birth cannot be in the future (tick 'unborn' for an expected date).");
            } else if (dob.isBefore(today.minusYears(25))) {
                problems.add("The date of birth is more than 25 years ago: Convene records children.");
            }
        }
        if (command.sexCode() != null && !command.sexCode().isBlank() && !ReferenceCodes.SEX.contains(command.sexCode())) {
            problems.add("'" + command.sexCode() + "' is not a DfE sex code.");
        }
        if (command.ethnicityCode() != null && !command.ethnicityCode().isBlank()
                && !ReferenceCodes.ETHNICITY.contains(command.ethnicityCode())) {
            problems.add("'" + command.ethnicityCode() + "' is not a DfE ethnicity code.");
        }
        TextRules.optionalText(command.locality(), "The locality", MAX_LOCALITY_LENGTH, problems);
        List<AgencyIdentifier> identifiers = command.identifiers() == null ? List.of() : command.identifiers();
        Set<IdentifierType> seen = new HashSet<>();
        for (AgencyIdentifier id : identifiers) {
            if (id == null || id.type() == null || id.value() == null || id.value().isBlank()) {
                problems.add("Each identifier needs a type and a value.");
            } else if (!seen.add(id.type())) {
                problems.add("Enter one " + id.type().label() + " only.");
            } else if (id.type() == IdentifierType.NHS_NUMBER && !NhsNumber.isValid(id.value())) {
                problems.add("The NHS number is not valid (10 digits with a correct check digit).");
            } else {
                TextRules.optionalText(id.value(), id.type().label(), 40, problems);
            }
        }
        TextRules.throwIfAny(problems);
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
