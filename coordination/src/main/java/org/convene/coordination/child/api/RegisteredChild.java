package org.convene.coordination.child.api;

import java.time.LocalDate;

/** A current child record as the write side knows it: its id, and the name and date of birth registered. */
public record RegisteredChild(String childId, String fullName, LocalDate dateOfBirth) {
}
