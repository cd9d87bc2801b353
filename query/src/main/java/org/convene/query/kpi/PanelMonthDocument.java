package org.convene.query.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One calendar month of exploitation-panel facts, {@code _id} "2026-05": the discussions held in
 * it (meeting date) and the actions due in it. Read by {@code _id} only.
 */
@Document(PanelMonthDocument.COLLECTION)
class PanelMonthDocument {

    static final String COLLECTION = "kpi_panel_months";

    @Id
    String month;
    List<DiscussionFact> discussions = new ArrayList<>();
    List<ActionFact> actions = new ArrayList<>();

    static class DiscussionFact {
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

    static class ActionFact {
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
}
