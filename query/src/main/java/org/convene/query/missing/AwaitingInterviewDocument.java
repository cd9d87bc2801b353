package org.convene.query.missing;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A returned child awaiting a return-interview outcome. The collection holds only those (deleted
 * when the outcome is recorded): read whole.
 */
@Document(AwaitingInterviewDocument.COLLECTION)
class AwaitingInterviewDocument {

    static final String COLLECTION = "awaiting_interview";

    @Id
    String episodeId;
    String childId;
    Instant returnedAt;
    Instant interviewDueBy;
    boolean offered;
    String provider;
    boolean overdue;
}
