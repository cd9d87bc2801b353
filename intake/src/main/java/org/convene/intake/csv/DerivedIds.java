package org.convene.intake.csv;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.convene.coordination.child.api.ChildRules;

/**
 * Ids derived from what a file says, so that importing the same file again gives the same ids (and
 * records nothing twice): name-based UUIDs of a kind, the source's reference (trimmed, upper case)
 * and, for a child, the normalised name and the date of birth.
 */
public final class DerivedIds {

    private DerivedIds() {
    }

    /** e.g. {@code of("police", "np/1")} is the UUID of {@code "police:NP/1"}. */
    public static String of(String kind, String reference) {
        return uuid(kind + ":" + CsvRow.normaliseReference(reference));
    }

    /** e.g. the UUID of {@code "police-child:NP/1|ada brook|2019-04-05"}. */
    public static String ofChild(String kind, String reference, String childName, LocalDate dateOfBirth) {
        return uuid(kind + ":" + CsvRow.normaliseReference(reference) + "|" + ChildRules.normaliseName(childName)
                + "|" + (dateOfBirth == null ? "" : dateOfBirth));
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
