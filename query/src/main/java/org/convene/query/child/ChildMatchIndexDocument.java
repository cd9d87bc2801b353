package org.convene.query.child;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The current (not merged-away) children born on one day: {@code _id} is the ISO date, so a match
 * lookup reads one or two documents by id and never scans (see design.md on the embedded store).
 */
@Document(ChildMatchIndexDocument.COLLECTION)
record ChildMatchIndexDocument(@Id String dateOfBirth, List<Candidate> children) {

    static final String COLLECTION = "child_match_index";

    record Candidate(String childId, String fullName, LocalDate dateOfBirth, String locality) {
    }
}
