package org.convene.coordination.child.api;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.convene.coordination.shared.api.ReferenceCodes;
import org.convene.coordination.shared.api.TextRules;

/**
 * The rules of a new child record and of a child's identity, as pure functions: the {@code Child}
 * aggregate applies them, and intake (forms, REST, imports) checks a whole referral or episode
 * with them before sending anything.
 */
public final class ChildRules {

    public static final int MAX_LOCALITY_LENGTH = 100;

    private ChildRules() {
    }

    /** Every problem with a new child record, in words for the person entering it. */
    public static List<String> registrationProblems(RegisterChildCommand command, LocalDate today) {
        List<String> problems = new ArrayList<>();
        TextRules.requireId(command.childId(), "child id", problems);
        TextRules.requireName(command.fullName(), "the child's full name", problems);
        LocalDate dob = command.dateOfBirth();
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
        return problems;
    }

    /** A name as compared for identity: case, accents, curly apostrophes and extra spaces ignored. */
    public static String normaliseName(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return decomposed.replace('’', '\'').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * The identity key of a child: the normalised name and the date of birth. Empty without a name or
     * a date of birth (such a child is never matched automatically).
     */
    public static Optional<String> identityKey(String fullName, LocalDate dateOfBirth) {
        if (fullName == null || fullName.isBlank() || dateOfBirth == null) {
            return Optional.empty();
        }
        return Optional.of(normaliseName(fullName) + "|" + dateOfBirth);
    }
}
