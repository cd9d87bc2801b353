package org.convene.query.missing;

import org.convene.query.live.LiveProjection;
import org.convene.query.live.LiveUpdates;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.convene.coordination.missing.api.ChildReturnedEvent;
import org.convene.coordination.missing.api.MissingEpisodeReportedEvent;
import org.convene.coordination.missing.api.MissingRiskReassessedEvent;
import org.convene.coordination.missing.api.ReturnInterviewOfferedEvent;
import org.convene.coordination.missing.api.ReturnInterviewOutcomeRecordedEvent;
import org.convene.coordination.missing.api.ReturnInterviewOverdueEvent;
import org.convene.coordination.missing.api.TextSafeConsentRecordedEvent;
import org.convene.coordination.missing.api.TextSafeMessageSentEvent;
import org.convene.query.child.ChildDirectory;
import org.convene.query.child.api.ChildDetails;
import org.convene.query.missing.api.FindChildMissingHistoryQuery;
import org.convene.query.missing.api.FindMissingEpisodeQuery;
import org.convene.query.missing.api.FindMissingExportQuery;
import org.convene.query.missing.api.MissingEpisodeDetails;
import org.convene.query.missing.api.MissingExport;
import org.convene.query.missing.api.RiskChange;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.convene.coordination.shared.api.MessageMetaData;
import org.convene.query.audit.AccessLog;
import org.convene.query.audit.api.AccessedRecord;
import org.springframework.stereotype.Component;

/**
 * Missing episodes: one document per episode ({@code missing_episodes}, by episode id), one per
 * child id listing its episodes ({@code missing_child_history}), and the export's index by month
 * plus the open episodes ({@code missing_period_index}). Every read is by {@code _id}: the embedded
 * store scans for anything else. Idempotent: documents are written by id, risk changes carry the
 * event's message id, and index lists add an id once. Children's names, dates of birth and merges
 * come from the {@link ChildDirectory} when read (the child records are another processing group's).
 */
@Component
@ProcessingGroup(MissingEpisodeProjection.PROCESSING_GROUP)
class MissingEpisodeProjection extends LiveProjection {

    static final String PROCESSING_GROUP = "missing";
    static final String INITIAL_RISK = "reported";

    private final AccessLog accessLog;

    MissingEpisodeProjection(MongoTemplate mongo, QueryUpdateEmitter updateEmitter, ChildDirectory children,
                             AccessLog accessLog) {
        super(mongo, updateEmitter, children);
        this.accessLog = accessLog;
    }

    @EventHandler
    void on(MissingEpisodeReportedEvent event, EventMessage<?> message) {
        MissingEpisodeDocument e = mongo.findById(event.episodeId(), MissingEpisodeDocument.class);
        if (e == null) {
            e = new MissingEpisodeDocument();
            e.episodeId = event.episodeId();
            e.riskLevel = event.riskLevel();
        }
        e.childId = event.childId();
        e.missingFrom = event.missingFrom();
        e.careAbsenceType = event.careAbsenceType();
        e.lastSeenAt = event.lastSeenAt();
        e.policeReference = event.policeReference();
        e.reportedBy = event.reportedBy();
        e.circumstances = event.circumstances();
        e.lastKnownLocation = event.lastKnownLocation();
        e.recordedByUser = event.recordedBy().userId();
        e.recordedByAgency = event.recordedBy().agencyId();
        e.recordedAt = event.recordedAt();
        putRisk(e, new MissingEpisodeDocument.RiskEntry(INITIAL_RISK, event.riskLevel(), null,
                event.recordedBy().userId(), event.recordedAt()));
        e.version = versionAfter(e.version, message);
        save(e);
        addToHistory(event.childId(), event.episodeId());
        addToIndex(monthKey(MissingReturns.ukDate(event.lastSeenAt())), event.episodeId());
        if (e.returnedAt == null) {
            addToIndex(MissingPeriodIndexDocument.OPEN, event.episodeId());
        }
    }

    @EventHandler
    void on(MissingRiskReassessedEvent event, @MessageIdentifier String eventId, EventMessage<?> message) {
        MissingEpisodeDocument e = find(event.episodeId());
        if (e == null) {
            return;
        }
        putRisk(e, new MissingEpisodeDocument.RiskEntry(eventId, event.riskLevel(), event.reason(),
                event.recordedBy().userId(), event.recordedAt()));
        e.riskLevel = e.riskHistory.get(e.riskHistory.size() - 1).riskLevel();
        e.version = versionAfter(e.version, message);
        save(e);
    }

    @EventHandler
    void on(TextSafeConsentRecordedEvent event, EventMessage<?> message) {
        update(event.episodeId(), message, e -> e.textSafeConsentBy = event.consentGivenBy()
                + (event.relationshipToChild() == null ? "" : " (" + event.relationshipToChild() + ")"));
    }

    @EventHandler
    void on(TextSafeMessageSentEvent event, EventMessage<?> message) {
        update(event.episodeId(), message, e -> e.textSafeSentAt = event.sentAt());
    }

    @EventHandler
    void on(ChildReturnedEvent event, EventMessage<?> message) {
        MissingEpisodeDocument e = find(event.episodeId());
        if (e == null) {
            return;
        }
        e.returnedAt = event.returnedAt();
        e.whereFound = event.whereFound();
        e.foundBy = event.foundBy();
        e.harmOrInjury = event.harmOrInjury();
        e.interviewDueBy = event.interviewDueBy();
        e.version = versionAfter(e.version, message);
        save(e);
        YearMonth month = YearMonth.from(MissingReturns.ukDate(e.lastSeenAt));
        YearMonth last = YearMonth.from(MissingReturns.ukDate(event.returnedAt()));
        for (; !month.isAfter(last); month = month.plusMonths(1)) {
            addToIndex(month.toString(), e.episodeId);
        }
        removeFromIndex(MissingPeriodIndexDocument.OPEN, e.episodeId);
    }

    @EventHandler
    void on(ReturnInterviewOfferedEvent event, EventMessage<?> message) {
        update(event.episodeId(), message, e -> {
            e.interviewProvider = event.provider();
            e.interviewOfferedAt = event.offeredAt();
        });
    }

    @EventHandler
    void on(ReturnInterviewOutcomeRecordedEvent event, EventMessage<?> message) {
        update(event.episodeId(), message, e -> {
            e.interviewOutcome = event.outcome();
            e.interviewAt = event.happenedAt();
            e.findings = event.findings();
            e.notPossibleReason = event.reason();
            e.interviewWithinDeadline = event.withinDeadline();
        });
    }

    @EventHandler
    void on(ReturnInterviewOverdueEvent event, EventMessage<?> message) {
        update(event.episodeId(), message, e -> e.interviewOverdue = true);
    }

    @QueryHandler
    MissingEpisodeDetails handle(FindMissingEpisodeQuery query) {
        MissingEpisodeDocument e = query.episodeId() == null ? null : find(query.episodeId());
        return e == null ? null : toDetails(e);
    }

    /** The episodes of the child's record and of any duplicates merged into it, newest first. */
    @QueryHandler
    List<MissingEpisodeDetails> handle(FindChildMissingHistoryQuery query,
                                       @MetaDataValue(MessageMetaData.USER_ID) String userId,
                                       @MetaDataValue(MessageMetaData.AGENCY_ID) String agencyId) {
        if (query.childId() == null || query.childId().isBlank()) {
            throw new IllegalArgumentException("Say which child's missing episodes to open.");
        }
        accessLog.opened(children.currentIdOf(query.childId()), query.purpose(), AccessedRecord.MISSING_HISTORY,
                userId, agencyId);
        Set<String> childIds = new LinkedHashSet<>();
        childIds.add(query.childId());
        children.find(query.childId()).ifPresent(c -> {
            childIds.add(c.childId());
            childIds.addAll(c.mergedChildIds() == null ? List.of() : c.mergedChildIds());
        });
        Set<String> episodeIds = new LinkedHashSet<>();
        for (String childId : childIds) {
            ChildMissingHistoryDocument history = mongo.findById(childId, ChildMissingHistoryDocument.class);
            if (history != null) {
                episodeIds.addAll(history.episodeIds());
            }
        }
        return episodeIds.stream()
                .map(this::find)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing((MissingEpisodeDocument e) -> e.lastSeenAt,
                                Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(e -> e.episodeId))
                .map(this::toDetails)
                .toList();
    }

    /**
     * Reads the month documents of the period and the open episodes, then each listed episode by
     * id: an export reads what was under way in the period, not the whole collection.
     */
    @QueryHandler
    MissingExport handle(FindMissingExportQuery query) {
        LocalDate from = query.from();
        LocalDate to = query.to();
        if (from == null || to == null || to.isBefore(from)) {
            return new MissingExport(from, to, List.of(), List.of());
        }
        Set<String> episodeIds = new LinkedHashSet<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            episodeIds.addAll(index(m.toString()));
        }
        episodeIds.addAll(index(MissingPeriodIndexDocument.OPEN));
        List<MissingEpisodeDocument> episodes = episodeIds.stream().map(this::find).filter(Objects::nonNull)
                .toList();
        UnaryOperator<String> currentId = children.currentIds();
        Map<String, LocalDate> dobs = new HashMap<>();
        return MissingReturns.export(from, to, episodes, currentId, child -> dobs.computeIfAbsent(child,
                c -> children.find(c).map(ChildDetails::dateOfBirth).orElse(null)));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(MissingEpisodeDocument.class);
        mongo.dropCollection(ChildMissingHistoryDocument.class);
        mongo.dropCollection(MissingPeriodIndexDocument.class);
    }

    private MissingEpisodeDocument find(String episodeId) {
        return mongo.findById(episodeId, MissingEpisodeDocument.class);
    }

    private void update(String episodeId, EventMessage<?> message,
                        java.util.function.Consumer<MissingEpisodeDocument> change) {
        MissingEpisodeDocument e = find(episodeId);
        if (e != null) {
            change.accept(e);
            e.version = versionAfter(e.version, message);
            save(e);
        }
    }

    private void save(MissingEpisodeDocument e) {
        mongo.save(e);
        if (!LiveUpdates.watched(updateEmitter, FindMissingEpisodeQuery.class)
                && !LiveUpdates.watched(updateEmitter, FindChildMissingHistoryQuery.class)) {
            return;
        }
        MissingEpisodeDetails details = toDetails(e);
        updateEmitter.emit(FindMissingEpisodeQuery.class, q -> e.episodeId.equals(q.episodeId()), details);
        updateEmitter.emit(FindChildMissingHistoryQuery.class,
                q -> e.childId.equals(q.childId()) || details.childId().equals(q.childId()), details);
    }

    /** Adds or replaces (same entry id) a risk entry, keeping the history in recorded order. */
    private static void putRisk(MissingEpisodeDocument e, MissingEpisodeDocument.RiskEntry entry) {
        List<MissingEpisodeDocument.RiskEntry> history = new ArrayList<>(e.riskHistory);
        history.removeIf(r -> r.entryId().equals(entry.entryId()));
        history.add(entry);
        history.sort(Comparator.comparing((MissingEpisodeDocument.RiskEntry r) -> !INITIAL_RISK.equals(r.entryId()))
                .thenComparing(MissingEpisodeDocument.RiskEntry::recordedAt,
                        Comparator.nullsLast(Comparator.naturalOrder())));
        e.riskHistory = history;
    }

    private static String monthKey(LocalDate date) {
        return YearMonth.from(date).toString();
    }

    private List<String> index(String key) {
        MissingPeriodIndexDocument doc = mongo.findById(key, MissingPeriodIndexDocument.class);
        return doc == null ? List.of() : doc.episodeIds();
    }

    private void addToIndex(String key, String episodeId) {
        List<String> ids = new ArrayList<>(index(key));
        if (!ids.contains(episodeId)) {
            ids.add(episodeId);
            mongo.save(new MissingPeriodIndexDocument(key, List.copyOf(ids)));
        }
    }

    private void removeFromIndex(String key, String episodeId) {
        List<String> ids = new ArrayList<>(index(key));
        if (ids.remove(episodeId)) {
            mongo.save(new MissingPeriodIndexDocument(key, List.copyOf(ids)));
        }
    }

    private void addToHistory(String childId, String episodeId) {
        ChildMissingHistoryDocument doc = mongo.findById(childId, ChildMissingHistoryDocument.class);
        List<String> ids = doc == null ? new ArrayList<>() : new ArrayList<>(doc.episodeIds());
        if (!ids.contains(episodeId)) {
            ids.add(episodeId);
            mongo.save(new ChildMissingHistoryDocument(childId, List.copyOf(ids)));
        }
    }

    private MissingEpisodeDetails toDetails(MissingEpisodeDocument e) {
        ChildDetails child = children.find(e.childId).orElse(null);
        return new MissingEpisodeDetails(e.episodeId, child == null ? e.childId : child.childId(),
                child == null ? null : child.fullName(), e.missingFrom, e.careAbsenceType, e.lastSeenAt,
                e.policeReference, e.riskLevel,
                e.riskHistory.stream().map(r -> new RiskChange(r.riskLevel(), r.reason(), r.recordedByUser(),
                        r.recordedAt())).toList(),
                e.reportedBy, e.circumstances, e.lastKnownLocation, e.textSafeConsentBy, e.textSafeSentAt,
                e.returnedAt, e.whereFound, e.foundBy, e.harmOrInjury, e.interviewDueBy, e.interviewProvider,
                e.interviewOfferedAt, e.interviewOutcome, e.interviewAt, e.findings, e.notPossibleReason,
                e.interviewWithinDeadline, e.interviewOverdue, e.recordedByUser, e.recordedByAgency, e.recordedAt,
                e.version);
    }
}
