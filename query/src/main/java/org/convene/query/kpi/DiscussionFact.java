package org.convene.query.kpi;

import java.time.Instant;
import java.time.LocalDate;

/** A young person's discussion at the exploitation panel, filed under the month of the meeting. */
class DiscussionFact extends ChildAttributes {
    String discussionId;
    String caseId;
    LocalDate discussedOn;
    String type;
    String previousRisk;
    String risk;
    Instant caseReferredAt;
}
