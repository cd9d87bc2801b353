package org.convene.intake;

import org.convene.coordination.child.api.RegisterChildCommand;

/**
 * A child named on a referral or missing notification: a record the person chose, or a child
 * described by name, date of birth and details (registered unless a record of the child exists).
 */
public sealed interface IntakeChild {

    /** A record chosen by the person entering the intake (a likely match they checked). */
    record Existing(String childId) implements IntakeChild {
    }

    /**
     * A described child. With {@code matchExisting} the current record with exactly this name and
     * date of birth is used when there is exactly one (decided on the write side); otherwise, and
     * always without it (the person declined the likely matches), the registration makes a new
     * record with its id. A retry with the same id makes no second record.
     */
    record Described(RegisterChildCommand registration, boolean matchExisting) implements IntakeChild {
    }

    static IntakeChild existing(String childId) {
        return new Existing(childId);
    }

    /** For automatic entry points (REST, imports): the existing record of this child, or a new one. */
    static IntakeChild matchOrRegister(RegisterChildCommand registration) {
        return new Described(registration, true);
    }

    /** For a form whose user declined the likely matches: a new record. */
    static IntakeChild newRecord(RegisterChildCommand registration) {
        return new Described(registration, false);
    }

    /** The id this child goes by before it is matched (the chosen record, or the new record's id). */
    default String provisionalId() {
        return this instanceof Existing e ? e.childId() : ((Described) this).registration().childId();
    }

    /** The registration with another id (the parsers derive ids once the name and date are read). */
    static RegisterChildCommand withId(RegisterChildCommand c, String childId) {
        return new RegisterChildCommand(childId, c.fullName(), c.dateOfBirth(), c.dateOfBirthIsExpected(), c.sexCode(),
                c.ethnicityCode(), c.locality(), c.identifiers(), c.lookedAfter());
    }
}
