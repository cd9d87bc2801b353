package org.convene.query.chronology;

import org.convene.query.batch.BatchedDocuments;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.convene.coordination.child.api.ChildMerges;
import org.convene.coordination.child.api.ChildRecordsMergedEvent;
import org.convene.coordination.missing.api.ChildFlaggedForExploitationPanelEvent;
import org.convene.coordination.missing.api.ChildReturnedEvent;
import org.convene.coordination.missing.api.InterviewFindings;
import org.convene.coordination.missing.api.InterviewOutcome;
import org.convene.coordination.missing.api.MissingEpisodeReportedEvent;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.missing.api.MissingRiskReassessedEvent;
import org.convene.coordination.missing.api.ReturnInterviewOfferedEvent;
import org.convene.coordination.missing.api.ReturnInterviewOutcomeRecordedEvent;
import org.convene.coordination.missing.api.ReturnInterviewOverdueEvent;
import org.convene.coordination.referral.api.ActionCompletedEvent;
import org.convene.coordination.referral.api.ActionSpec;
import org.convene.coordination.referral.api.AgencyContributionRecordedEvent;
import org.convene.coordination.referral.api.DashLevel;
import org.convene.coordination.referral.api.ReferralReceivedEvent;
import org.convene.coordination.referral.api.ReferralWithdrawnEvent;
import org.convene.coordination.referral.api.ScreeningDecision;
import org.convene.coordination.referral.api.ScreeningDecisionRecordedEvent;
import org.convene.coordination.referral.api.ScreeningDecisionRevisedEvent;
import org.convene.coordination.shared.api.CodeList;
import org.convene.coordination.shared.api.MessageMetaData;
import org.convene.query.audit.AccessLog;
import org.convene.query.audit.api.AccessedRecord;
import org.convene.query.chronology.api.ChronologyFilter;
import org.convene.query.chronology.api.ChronologyEntry;
import org.convene.query.chronology.api.FindChildChronologyQuery;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * A chronology per child ({@code chronologies}, one document per child id): referrals, agency
 * checks, decisions and revisions, agreed and completed actions, withdrawals and record merges,
 * and missing episodes (report, risk reassessment, return, return interview offer, outcome and
 * overdue, exploitation-panel flag; {@code occurredAt} is when it happened, e.g. last seen).
 * Entry ids come from the event's message identifier (plus the action id for agreed actions), so
 * a redelivered event replaces its own entries. After a merge the surviving record's chronology
 * holds the duplicate's entries (which keep the duplicate's child id, showing where they came
 * from), and later events about the duplicate are filed under the survivor.
 *
 * <p>Its own processing group, {@code chronology}: it reads nothing of the other projections (it
 * keeps its own small map of referral to children, {@code chronology_referrals}, keyed by referral
 * id, and follows merges itself), so it can be rebuilt alongside them.
 */
@Component
@ProcessingGroup(ChronologyProjection.PROCESSING_GROUP)
class ChronologyProjection {

    static final String PROCESSING_GROUP = "chronology";
    private static final int SUMMARY_TEXT = 300;

    private final MongoTemplate mongo;
    private final AccessLog accessLog;

    ChronologyProjection(MongoTemplate mongo, AccessLog accessLog) {
        this.mongo = mongo;
        this.accessLog = accessLog;
    }

    /** A first-release referral names no child record: no chronology entry, but later events must not fail. */
    @EventHandler
    void on(ReferralReceivedEvent event, @MessageIdentifier String eventId) {
        ChronologyReferralDocument existing = BatchedDocuments.findById(mongo, event.referralId(), ChronologyReferralDocument.class);
        BatchedDocuments.save(mongo, event.referralId(), new ChronologyReferralDocument(event.referralId(), List.copyOf(event.childIds()),
                existing == null ? List.of() : existing.actions()));
        StringBuilder summary = new StringBuilder("Referral received: ").append(event.type().label())
                .append(" from ").append(source(event.sourceCode()));
        if (event.dashLevel() != null) {
            summary.append("; DASH ").append(event.dashLevel().label().toLowerCase());
        }
        if (event.urgent()) {
            summary.append("; urgent");
        }
        boolean key = event.urgent() || event.dashLevel() == DashLevel.HIGH;
        for (String childId : event.childIds()) {
            add(childId, eventId, event.receivedAt(), event.recordedAt(), "REFERRAL", summary.toString(),
                    event.recordedBy().agencyId(), event.referralId(), key);
        }
    }

    @EventHandler
    void on(AgencyContributionRecordedEvent event, @MessageIdentifier String eventId) {
        String summary = "Agency checks: " + (event.knownToAgency() ? "known to the agency" : "not known to the agency")
                + ". " + shorten(event.information());
        forChildren(event.referralId(), childId -> add(childId, eventId, event.recordedAt(), event.recordedAt(),
                "CONTRIBUTION", summary, event.agencyId(), event.referralId(), false));
    }

    @EventHandler
    void on(ScreeningDecisionRecordedEvent event, @MessageIdentifier String eventId) {
        decided(event.referralId(), eventId, "DECISION", "Screening decision: " + describe(event.decision()),
                event.decision(), event.recordedBy().agencyId(), event.recordedAt());
    }

    @EventHandler
    void on(ScreeningDecisionRevisedEvent event, @MessageIdentifier String eventId) {
        decided(event.referralId(), eventId, "DECISION_REVISED", "Screening decision revised: "
                        + describe(event.decision()) + ". Reason: " + shorten(event.reason()),
                event.decision(), event.recordedBy().agencyId(), event.recordedAt());
    }

    private void decided(String referralId, String eventId, String kind, String summary, ScreeningDecision decision,
                         String agencyId, Instant recordedAt) {
        ChronologyReferralDocument referral = BatchedDocuments.findById(mongo, referralId, ChronologyReferralDocument.class);
        if (referral == null) {
            return;
        }
        List<ActionSpec> actions = decision.actions() == null ? List.of() : decision.actions();
        Map<String, ChronologyReferralDocument.Action> known = new LinkedHashMap<>();
        referral.actions().forEach(a -> known.put(a.actionId(), a));
        actions.forEach(a -> known.put(a.actionId(),
                new ChronologyReferralDocument.Action(a.actionId(), a.description(), a.ownerAgencyId())));
        BatchedDocuments.save(mongo, referralId, new ChronologyReferralDocument(referralId, referral.childIds(), List.copyOf(known.values())));
        for (String namedChildId : referral.childIds()) {
            // the decision and its actions: one read and one write of the child's chronology
            ChronologyDocument document = loadCurrent(namedChildId);
            String childId = document.childId;
            document.put(new ChronologyEntry(eventId, childId, recordedAt, recordedAt, kind, summary, agencyId,
                    referralId, true));
            for (ActionSpec action : actions) {
                document.put(new ChronologyEntry(eventId + ":" + action.actionId(), childId, recordedAt, recordedAt,
                        "ACTION_AGREED", "Action agreed: " + shorten(action.description()) + " (due "
                        + (action.dueDate() == null ? "date not set"
                                : java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK)
                                .format(action.dueDate())) + ")",
                        action.ownerAgencyId(), referralId, false));
            }
            BatchedDocuments.save(mongo, document.childId, document);
        }
    }

    @EventHandler
    void on(ActionCompletedEvent event, @MessageIdentifier String eventId) {
        ChronologyReferralDocument referral = BatchedDocuments.findById(mongo, event.referralId(), ChronologyReferralDocument.class);
        if (referral == null) {
            return;
        }
        ChronologyReferralDocument.Action action = referral.actions().stream()
                .filter(a -> a.actionId().equals(event.actionId())).findFirst().orElse(null);
        String owner = action == null ? event.recordedBy().agencyId() : action.ownerAgencyId();
        String summary = "Action done: " + (action == null ? event.actionId() : shorten(action.description()))
                + ". Outcome: " + shorten(event.outcome());
        for (String childId : referral.childIds()) {
            add(childId, eventId, event.recordedAt(), event.recordedAt(), "ACTION_DONE", summary, owner,
                    event.referralId(), false);
        }
    }

    @EventHandler
    void on(ReferralWithdrawnEvent event, @MessageIdentifier String eventId) {
        forChildren(event.referralId(), childId -> add(childId, eventId, event.recordedAt(), event.recordedAt(),
                "WITHDRAWN", "Referral withdrawn: " + shorten(event.reason()), event.recordedBy().agencyId(),
                event.referralId(), false));
    }

    @EventHandler
    void on(ChildRecordsMergedEvent event, @MessageIdentifier String eventId) {
        ChronologyDocument duplicate = load(event.duplicateChildId());
        String survivorId = currentIdOf(event.survivingChildId());
        ChronologyDocument survivor = load(survivorId);
        duplicate.entries.forEach(survivor::put);
        survivor.put(new ChronologyEntry(eventId, survivorId, event.recordedAt(), event.recordedAt(),
                "RECORD_MERGED", "Duplicate record " + event.duplicateChildId() + " merged into this record: "
                + shorten(event.reason()), event.recordedBy().agencyId(), null, false));
        BatchedDocuments.save(mongo, survivor.childId, survivor);
        duplicate.mergedInto = survivorId;
        BatchedDocuments.save(mongo, duplicate.childId, duplicate);
    }

    @EventHandler
    void on(MissingEpisodeReportedEvent event, @MessageIdentifier String eventId) {
        String from = event.missingFrom() == MissingFrom.CARE && event.careAbsenceType() != null
                ? "care (" + event.careAbsenceType().name() + ": " + event.careAbsenceType().label().toLowerCase() + ")"
                : event.missingFrom() == null ? "?" : event.missingFrom().label().toLowerCase();
        String summary = "Reported missing from " + from + "; police risk " + risk(event.riskLevel())
                + (event.policeReference() == null ? "" : "; police ref " + event.policeReference())
                + ". " + shorten(event.circumstances());
        add(event.childId(), eventId, event.lastSeenAt(), event.recordedAt(), "MISSING_REPORTED", summary.trim(),
                event.recordedBy().agencyId(), null, event.riskLevel() == MissingRiskLevel.HIGH);
    }

    @EventHandler
    void on(MissingRiskReassessedEvent event, @MessageIdentifier String eventId) {
        add(event.childId(), eventId, event.recordedAt(), event.recordedAt(), "MISSING_RISK_REASSESSED",
                "Missing risk reassessed: " + risk(event.previousRiskLevel()) + " to " + risk(event.riskLevel())
                        + ". Reason: " + shorten(event.reason()),
                event.recordedBy().agencyId(), null, event.riskLevel() == MissingRiskLevel.HIGH
                        && event.previousRiskLevel() != MissingRiskLevel.HIGH);
    }

    @EventHandler
    void on(ChildReturnedEvent event, @MessageIdentifier String eventId) {
        StringBuilder summary = new StringBuilder("Returned from missing");
        if (event.whereFound() != null && !event.whereFound().isBlank()) {
            summary.append("; found at ").append(shorten(event.whereFound()));
        }
        if (event.foundBy() != null && !event.foundBy().isBlank()) {
            summary.append(" by ").append(shorten(event.foundBy()));
        }
        if (event.harmOrInjury() != null && !event.harmOrInjury().isBlank()) {
            summary.append("; harm or injury: ").append(shorten(event.harmOrInjury()));
        }
        add(event.childId(), eventId, event.returnedAt(), event.recordedAt(), "MISSING_RETURNED",
                summary.toString(), event.recordedBy().agencyId(), null, false);
    }

    @EventHandler
    void on(ReturnInterviewOfferedEvent event, @MessageIdentifier String eventId) {
        add(event.childId(), eventId, event.offeredAt(), event.recordedAt(), "RETURN_INTERVIEW_OFFERED",
                "Return interview offered" + (event.provider() == null ? "" : " (" + shorten(event.provider()) + ")"),
                event.recordedBy().agencyId(), null, false);
    }

    @EventHandler
    void on(ReturnInterviewOutcomeRecordedEvent event, @MessageIdentifier String eventId) {
        InterviewFindings findings = event.findings();
        boolean indicators = findings != null && findings.exploitationIndicators() != null
                && !findings.exploitationIndicators().isEmpty();
        boolean disclosures = findings != null && findings.disclosures() != null
                && !findings.disclosures().isBlank();
        StringBuilder summary = new StringBuilder("Return interview: ")
                .append(event.outcome() == null ? "?" : event.outcome().label().toLowerCase());
        if (!event.withinDeadline()) {
            summary.append(" (after the 72-hour deadline)");
        }
        if (event.outcome() == InterviewOutcome.NOT_POSSIBLE && event.reason() != null) {
            summary.append(". Reason: ").append(shorten(event.reason()));
        }
        if (indicators) {
            summary.append(". Exploitation indicators: ").append(shorten(String.join("; ",
                    findings.exploitationIndicators())));
        }
        if (disclosures) {
            summary.append(". Disclosures: ").append(shorten(findings.disclosures()));
        }
        add(event.childId(), eventId, event.happenedAt(), event.recordedAt(), "RETURN_INTERVIEW_OUTCOME",
                summary.toString(), event.recordedBy().agencyId(), null, indicators || disclosures);
    }

    @EventHandler
    void on(ReturnInterviewOverdueEvent event, @MessageIdentifier String eventId) {
        add(event.childId(), eventId, event.dueBy(), event.recordedAt(), "RETURN_INTERVIEW_OVERDUE",
                "Return interview overdue: no outcome within 72 hours of the return", null, null, false);
    }

    @EventHandler
    void on(ChildFlaggedForExploitationPanelEvent event, @MessageIdentifier String eventId) {
        String why = ChildFlaggedForExploitationPanelEvent.REPEAT_MISSING.equals(event.trigger())
                ? "repeated missing episodes"
                : ChildFlaggedForExploitationPanelEvent.HIGH_RISK_EPISODE.equals(event.trigger())
                ? "a high-risk missing episode" : String.valueOf(event.trigger());
        int count = event.episodeIds() == null ? 0 : event.episodeIds().size();
        add(event.childId(), eventId, event.recordedAt(), event.recordedAt(), "EXPLOITATION_PANEL_FLAG",
                "Flagged for the exploitation panel: " + why + " (" + count + (count == 1 ? " episode)" : " episodes)"),
                null, null, true);
    }

    /**
     * The child's chronology (the surviving record's, for a merged-away record), in time order. An
     * audited read: logs the opening (user and agency from the query, its purpose) before answering.
     */
    @QueryHandler
    List<ChronologyEntry> handle(FindChildChronologyQuery query, @MetaDataValue(MessageMetaData.USER_ID) String userId,
                                 @MetaDataValue(MessageMetaData.AGENCY_ID) String agencyId) {
        if (query.childId() == null || query.childId().isBlank()) {
            throw new IllegalArgumentException("Say which child's chronology to open.");
        }
        String childId = currentIdOf(query.childId());
        accessLog.opened(childId, query.purpose(), query.record() == null ? AccessedRecord.CHRONOLOGY : query.record(),
                userId, agencyId);
        ChronologyDocument document = BatchedDocuments.findById(mongo, childId, ChronologyDocument.class);
        if (document == null) {
            return List.of();
        }
        List<ChronologyEntry> entries = new ArrayList<>(document.entries);
        entries.sort(ChronologyFilter.TIME_ORDER);
        return entries;
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ChronologyDocument.class);
        mongo.dropCollection(ChronologyReferralDocument.class);
    }

    private void forChildren(String referralId, java.util.function.Consumer<String> action) {
        ChronologyReferralDocument referral = BatchedDocuments.findById(mongo, referralId, ChronologyReferralDocument.class);
        if (referral != null) {
            referral.childIds().forEach(action);
        }
    }

    private void add(String namedChildId, String entryId, Instant occurredAt, Instant recordedAt, String kind,
                     String summary, String agencyId, String referralId, boolean key) {
        ChronologyDocument document = loadCurrent(namedChildId);
        String childId = document.childId;
        document.put(new ChronologyEntry(entryId, childId, occurredAt, recordedAt, kind, summary, agencyId,
                referralId, key));
        BatchedDocuments.save(mongo, document.childId, document);
    }

    private ChronologyDocument load(String childId) {
        ChronologyDocument document = BatchedDocuments.findById(mongo, childId, ChronologyDocument.class);
        if (document == null) {
            document = new ChronologyDocument();
            document.childId = childId;
        }
        return document;
    }

    /** Follows merges: the id of the record whose chronology holds this child's entries now. */
    private String currentIdOf(String childId) {
        return ChildMerges.currentId(childId, id -> {
            ChronologyDocument document = BatchedDocuments.findById(mongo, id, ChronologyDocument.class);
            return document == null ? null : document.mergedInto;
        });
    }

    /** Follows merges: the chronology holding this child's entries now (a new one if there is none yet). */
    private ChronologyDocument loadCurrent(String childId) {
        return load(currentIdOf(childId));
    }

    private static String describe(ScreeningDecision decision) {
        StringBuilder s = new StringBuilder(decision.response() == null ? "?" : decision.response().label());
        if (decision.singleAgencyName() != null) {
            s.append(" (").append(decision.singleAgencyName()).append(')');
        }
        s.append("; level of need ").append(decision.levelOfNeed());
        if (decision.riskScale() != null) {
            s.append("; risk scale ").append(decision.riskScale());
        }
        return s.toString();
    }

    private static String risk(MissingRiskLevel level) {
        return level == null ? "not recorded" : level.label().toLowerCase();
    }

    private static String source(String code) {
        return CodeList.REFERRAL_SOURCE.description(code).orElse(code);
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= SUMMARY_TEXT ? text : text.substring(0, SUMMARY_TEXT - 1) + "…";
    }

    // ---- exploitation panel (kinds PANEL_REFERRAL, PANEL_CONCERN_JOINED, PANEL_CASE_MERGED, PANEL_DISCUSSION,
    // PANEL_ACTION_AGREED, PANEL_ACTION_DONE, PANEL_CASE_CLOSED; a case closed as merged reads "closed:
    // merged into the surviving record's case") ---------------------------------

    @EventHandler
    void on(org.convene.coordination.panel.api.PanelCaseOpenedEvent event, @MessageIdentifier String eventId) {
        add(event.childId(), eventId, event.referredAt(), event.recordedAt(), "PANEL_REFERRAL",
                "Referred to the exploitation panel (" + event.source().label().toLowerCase() + ")"
                        + panelReferralDetails(event.exploitationTypes(), event.riskLevel(), event.reason()),
                panelAgency(event.recordedBy()), null, true);
    }

    @EventHandler
    void on(org.convene.coordination.panel.api.PanelReferralJoinedCaseEvent event, @MessageIdentifier String eventId) {
        add(event.childId(), eventId, event.referredAt(), event.recordedAt(), "PANEL_CONCERN_JOINED",
                "New concern joined the open panel case (" + event.source().label().toLowerCase() + ")"
                        + panelReferralDetails(event.exploitationTypes(), event.riskLevel(), event.reason()),
                panelAgency(event.recordedBy()), null, false);
    }

    /** A merged record's open case came to this record (its own entries follow the merge already). */
    @EventHandler
    void on(org.convene.coordination.panel.api.PanelCaseMergedInEvent event, @MessageIdentifier String eventId) {
        int referrals = event.referrals().size();
        int actions = event.openActions().size();
        // a millisecond before the duplicate case's closure as merged (recorded at the same instant), so it is listed first
        add(event.childId(), eventId, event.recordedAt().minusMillis(1), event.recordedAt(), "PANEL_CASE_MERGED",
                "The open exploitation panel case of merged record " + event.duplicateChildId()
                        + (event.openedTheCase() ? " continues as this record's panel case" : " joined this record's open panel case")
                        + " (" + referrals + (referrals == 1 ? " referral, " : " referrals, ") + actions
                        + (actions == 1 ? " open action" : " open actions") + "); risk now " + panelRisk(event.riskLevel())
                        + (event.nextReviewDate() == null ? "" : ", next review " + panelDate(event.nextReviewDate())) + ".",
                panelAgency(event.recordedBy()), null, true);
    }

    @EventHandler
    void on(org.convene.coordination.panel.api.YoungPersonDiscussedAtPanelEvent event,
            @MessageIdentifier String eventId) {
        StringBuilder summary = new StringBuilder("Discussed at the exploitation panel (")
                .append(event.discussionType().label().toLowerCase()).append("): risk ")
                .append(panelRisk(event.previousRiskLevel())).append(" to ").append(panelRisk(event.riskLevel()))
                .append(". ").append(shorten(event.rationale()));
        if (!event.placesOfConcern().isEmpty()) {
            summary.append(" Places of concern: ").append(shorten(String.join("; ", event.placesOfConcern()))).append('.');
        }
        if (!event.peerGroupsOfConcern().isEmpty()) {
            summary.append(" Peer groups: ").append(shorten(String.join("; ", event.peerGroupsOfConcern()))).append('.');
        }
        if (event.nextReviewDate() != null) {
            summary.append(" Next review ").append(panelDate(event.nextReviewDate())).append('.');
        }
        add(event.childId(), eventId, panelOccurredAt(event.discussedOn(), event.recordedAt()), event.recordedAt(),
                "PANEL_DISCUSSION", summary.toString(), panelAgency(event.recordedBy()), null, true);
    }

    @EventHandler
    void on(org.convene.coordination.panel.api.PanelActionAgreedEvent event, @MessageIdentifier String eventId) {
        // a millisecond after the discussion that agreed it (recorded at the same instant), so it is listed after it
        add(event.childId(), eventId, panelOccurredAt(event.agreedOn(), event.recordedAt()).plusMillis(1),
                event.recordedAt(), "PANEL_ACTION_AGREED", "Panel action agreed (" + event.heading().label() + "): "
                        + shorten(event.description()) + " (due " + panelDate(event.dueDate()) + ")",
                event.ownerAgencyId(), null, false);
    }

    @EventHandler
    void on(org.convene.coordination.panel.api.PanelActionCompletedEvent event, @MessageIdentifier String eventId) {
        add(event.childId(), eventId, panelOccurredAt(event.completedOn(), event.recordedAt()), event.recordedAt(),
                "PANEL_ACTION_DONE", "Panel action done (" + event.heading().label()
                        + (event.completedByDueDate() ? ", on time" : ", after the due date " + panelDate(event.dueDate()))
                        + "): " + shorten(event.outcome()),
                event.ownerAgencyId(), null, false);
    }

    @EventHandler
    void on(org.convene.coordination.panel.api.PanelCaseClosedEvent event, @MessageIdentifier String eventId) {
        add(event.childId(), eventId, panelOccurredAt(event.closedOn(), event.recordedAt()), event.recordedAt(),
                "PANEL_CASE_CLOSED", "Exploitation panel case closed: " + event.reason().label().toLowerCase()
                        + (event.note() == null ? "" : ". " + shorten(event.note())),
                panelAgency(event.recordedBy()), null, true);
    }

    private static String panelReferralDetails(List<org.convene.coordination.panel.api.ExploitationType> types,
                                               org.convene.coordination.panel.api.PanelRiskLevel risk, String reason) {
        StringBuilder s = new StringBuilder();
        if (types != null && !types.isEmpty()) {
            s.append(": ").append(types.stream().map(t -> t.label().toLowerCase())
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        if (risk != null) {
            s.append("; initial risk ").append(panelRisk(risk));
        }
        if (reason != null && !reason.isBlank()) {
            s.append(". ").append(shorten(reason));
        }
        return s.toString();
    }

    private static String panelRisk(org.convene.coordination.panel.api.PanelRiskLevel level) {
        return level == null ? "not assessed" : level.label().toLowerCase();
    }

    private static String panelDate(java.time.LocalDate date) {
        return date == null ? "date not set"
                : java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK).format(date);
    }

    /** The system records without an agency. */
    private static String panelAgency(org.convene.coordination.shared.api.RecordedBy by) {
        return org.convene.coordination.shared.api.SystemCommand.SYSTEM_AGENCY.equals(by.agencyId()) ? null
                : by.agencyId();
    }

    /**
     * A panel record is dated (the meeting, the day an action was done): recorded on that day, it
     * happened at the time recorded; recorded later, it is placed at midday of that date.
     */
    private static Instant panelOccurredAt(java.time.LocalDate on, Instant recordedAt) {
        java.time.ZoneId uk = org.convene.coordination.shared.api.TextRules.UK;
        if (on == null || on.equals(java.time.LocalDate.ofInstant(recordedAt, uk))) {
            return recordedAt;
        }
        return on.atTime(12, 0).atZone(uk).toInstant();
    }
}
