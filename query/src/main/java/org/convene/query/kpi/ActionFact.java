package org.convene.query.kpi;

import java.time.LocalDate;

/** A panel action, filed under the month it is due. */
class ActionFact extends ChildAttributes {
    String actionId;
    String caseId;
    LocalDate dueDate;
    LocalDate completedOn;
    /** When the case closed with the action still open (no longer expected). */
    LocalDate withdrawnOn;
}
