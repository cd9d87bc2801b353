package org.convene.query.child.api;

import java.time.LocalDate;

/** A likely match, with a similarity score from 0 to 1 (1 = same name and date of birth). */
public record ChildMatch(String childId, String fullName, LocalDate dateOfBirth, String locality, double score) {
}
