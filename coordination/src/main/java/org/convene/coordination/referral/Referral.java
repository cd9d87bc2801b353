package org.convene.coordination.referral;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.convene.coordination.referral.api.RecordReferralCommand;
import org.convene.coordination.referral.api.ReferralRecordedEvent;
import org.convene.coordination.shared.api.CodeList;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.coordination.shared.api.MessageMetaData;
import org.convene.coordination.shared.api.RecordedBy;

/** A referral about a child, from receipt to screening. */
@Aggregate
class Referral {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_NARRATIVE_LENGTH = 20_000;
    /** Clocks of different machines disagree a little; a receipt up to this far ahead is accepted. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);
    static final ZoneId UK = ZoneId.of("Europe/London");

    @AggregateIdentifier
    private String referralId;

    Referral() {
        // for Axon
    }

    @CommandHandler
    Referral(RecordReferralCommand command,
             @MetaDataValue(value = MessageMetaData.USER_ID, required = true) String userId,
             @MetaDataValue(value = MessageMetaData.AGENCY_ID, required = true) String agencyId) {
        Instant now = GenericEventMessage.clock.instant();
        validate(command, now);
        apply(new ReferralRecordedEvent(
                command.referralId(),
                command.receivedAt(),
                command.sourceCode(),
                command.type(),
                command.childName().strip(),
                command.childDateOfBirth(),
                command.narrative() == null ? "" : command.narrative().strip(),
                command.urgent(),
                new RecordedBy(userId, agencyId),
                now));
    }

    private static void validate(RecordReferralCommand command, Instant now) {
        List<String> problems = new ArrayList<>();
        if (command.referralId() == null || command.referralId().isBlank()) {
            problems.add("A referral id is required.");
        }
        if (command.receivedAt() == null) {
            problems.add("Enter when the referral was received.");
        } else if (command.receivedAt().isAfter(now.plus(CLOCK_TOLERANCE))) {
            problems.add("The received date and time cannot be in the future.");
        }
        if (command.sourceCode() == null || command.sourceCode().isBlank()) {
            problems.add("Choose the source of referral.");
        } else if (!CodeList.REFERRAL_SOURCE.contains(command.sourceCode())) {
            problems.add("'" + command.sourceCode() + "' is not a DfE source-of-referral code.");
        }
        if (command.type() == null) {
            problems.add("Choose the type of referral.");
        }
        String name = command.childName();
        if (name == null || name.isBlank()) {
            problems.add("Enter the child's name.");
        } else if (name.strip().length() > MAX_NAME_LENGTH) {
            problems.add("The child's name must be at most " + MAX_NAME_LENGTH + " characters.");
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            problems.add("The child's name contains control characters.");
        }
        LocalDate dob = command.childDateOfBirth();
        if (dob != null) {
            LocalDate today = LocalDate.ofInstant(now, UK);
            // An unborn child has an expected date of birth, at most about ten months ahead.
            if (dob.isAfter(today.plusMonths(10))) {
                problems.add("The date of birth (or expected date) is too far in the future.");
            } else if (dob.isBefore(today.minusYears(25))) {
                problems.add("The date of birth is more than 25 years ago: Convene records children.");
            }
        }
        if (command.narrative() != null && command.narrative().length() > MAX_NARRATIVE_LENGTH) {
            problems.add("The narrative must be at most " + MAX_NARRATIVE_LENGTH + " characters.");
        }
        if (!problems.isEmpty()) {
            throw new CommandRejectedException(problems);
        }
    }

    @EventSourcingHandler
    void on(ReferralRecordedEvent event) {
        this.referralId = event.referralId();
    }
}
