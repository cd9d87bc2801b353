package org.convene.query.kpi;

import java.time.LocalDate;

/** A panel action, filed under the month it is due. */
class ActionFact {
    String actionId;
    String caseId;
    String childId;
    String sex;
    String ethnicity;
    String locality;
    LocalDate dueDate;
    LocalDate completedOn;
    /** When the case closed with the action still open (no longer expected). */
    LocalDate withdrawnOn;

    void copyAttributes(KpiChildDocument child) {
        this.childId = child.childId;
        this.sex = child.sex;
        this.ethnicity = child.ethnicity;
        this.locality = child.locality;
    }
}
