package org.convene.query.panel;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.convene.coordination.panel.api.PanelRiskLevel;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A panel meeting: the chair's agenda changes, attendance and the outcomes recorded for it. */
@Document(PanelMeetingDocument.COLLECTION)
class PanelMeetingDocument {

    static final String COLLECTION = "panel_meetings";

    @Id
    String meetingId;
    LocalDate meetingDate;
    LocalTime startTime;
    String chairName;
    String location;
    /** Young people the chair added, with the reason. */
    List<ChildNote> added = new ArrayList<>();
    /** Items deferred, with the reason. */
    List<ChildNote> deferred = new ArrayList<>();
    List<String> agenciesPresent = new ArrayList<>();
    List<String> apologies = new ArrayList<>();
    /** The outcomes recorded for this meeting. */
    List<Outcome> discussed = new ArrayList<>();

    record ChildNote(String childId, String note) {
    }

    record Outcome(String childId, String discussionId, PanelRiskLevel riskLevel, boolean closed) {
    }
}
