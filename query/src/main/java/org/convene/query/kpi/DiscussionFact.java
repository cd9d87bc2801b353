package org.convene.query.kpi;

import java.time.Instant;
import java.time.LocalDate;

/** A young person's discussion at the exploitation panel, filed under the month of the meeting. */
class DiscussionFact {
    String discussionId;
    String caseId;
    String childId;
    String sex;
    String ethnicity;
    String locality;
    LocalDate discussedOn;
    String type;
    String previousRisk;
    String risk;
    Instant caseReferredAt;

    void copyAttributes(KpiChildDocument child) {
        this.childId = child.childId;
        this.sex = child.sex;
        this.ethnicity = child.ethnicity;
        this.locality = child.locality;
    }
}
