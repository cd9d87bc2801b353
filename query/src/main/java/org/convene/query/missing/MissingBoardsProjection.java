package org.convene.query.missing;

import org.convene.query.live.LiveProjection;
import org.convene.query.live.LiveUpdates;
import org.convene.query.live.Rows;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.convene.coordination.missing.api.ChildReturnedEvent;
import org.convene.coordination.missing.api.MissingEpisodeReportedEvent;
import org.convene.coordination.missing.api.MissingRiskReassessedEvent;
import org.convene.coordination.missing.api.ReturnInterviewOfferedEvent;
import org.convene.coordination.missing.api.ReturnInterviewOutcomeRecordedEvent;
import org.convene.coordination.missing.api.ReturnInterviewOverdueEvent;
import org.convene.coordination.missing.api.TextSafeMessageSentEvent;
import org.convene.query.child.ChildDirectory;
import org.convene.query.child.api.ChildDetails;
import org.convene.query.missing.api.AwaitingInterviewItem;
import org.convene.query.missing.api.FindAwaitingInterviewQuery;
import org.convene.query.missing.api.FindMissingNowQuery;
import org.convene.query.missing.api.MissingNowItem;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The two working boards: children missing now ({@code missing_now}, deleted on return) and
 * returned children awaiting a return-interview outcome ({@code awaiting_interview}, deleted when
 * the outcome is recorded). Both collections stay small and are read whole. Open views get each
 * change, or the item with {@code removed=true}. A redelivered report or return does not bring a
 * settled row back: the episode document (same processing group) already shows the return or the
 * outcome. Names come from the child directory when read, following merges.
 */
@Component
@ProcessingGroup(MissingEpisodeProjection.PROCESSING_GROUP)
class MissingBoardsProjection extends LiveProjection {

    /** Longest missing first. */
    static final Comparator<MissingNowItem> MISSING_NOW_ORDER = Comparator
            .comparing(MissingNowItem::lastSeenAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(MissingNowItem::episodeId);

    /** Overdue first, then soonest due. */
    static final Comparator<AwaitingInterviewItem> AWAITING_ORDER = Comparator
            .comparing((AwaitingInterviewItem i) -> !i.overdue())
            .thenComparing(AwaitingInterviewItem::interviewDueBy, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(AwaitingInterviewItem::episodeId);

    MissingBoardsProjection(MongoTemplate mongo, QueryUpdateEmitter updateEmitter, ChildDirectory children) {
        super(mongo, updateEmitter, children);
    }

    @EventHandler
    void on(MissingEpisodeReportedEvent event) {
        MissingEpisodeDocument episode = mongo.findById(event.episodeId(), MissingEpisodeDocument.class);
        if (episode != null && episode.returnedAt != null) {
            return; // redelivered after the return
        }
        MissingNowDocument row = mongo.findById(event.episodeId(), MissingNowDocument.class);
        if (row == null) {
            row = new MissingNowDocument();
            row.episodeId = event.episodeId();
            row.riskLevel = event.riskLevel();
        }
        row.childId = event.childId();
        row.missingFrom = event.missingFrom();
        row.careAbsenceType = event.careAbsenceType();
        row.lastSeenAt = event.lastSeenAt();
        row.policeReference = event.policeReference();
        row.lastKnownLocation = event.lastKnownLocation();
        saveMissing(row);
    }

    @EventHandler
    void on(MissingRiskReassessedEvent event) {
        changeMissing(event.episodeId(), row -> row.riskLevel = event.riskLevel());
    }

    @EventHandler
    void on(TextSafeMessageSentEvent event) {
        changeMissing(event.episodeId(), row -> row.textSafeSent = true);
    }

    @EventHandler
    void on(ChildReturnedEvent event) {
        MissingNowDocument missing = mongo.findById(event.episodeId(), MissingNowDocument.class);
        if (missing != null) {
            mongo.remove(missing);
            LiveUpdates.emit(updateEmitter, FindMissingNowQuery.class, q -> true, () -> toItem(missing, true));
        }
        MissingEpisodeDocument episode = mongo.findById(event.episodeId(), MissingEpisodeDocument.class);
        if (episode != null && episode.interviewOutcome != null) {
            return; // redelivered after the outcome
        }
        AwaitingInterviewDocument row = mongo.findById(event.episodeId(), AwaitingInterviewDocument.class);
        if (row == null) {
            row = new AwaitingInterviewDocument();
            row.episodeId = event.episodeId();
        }
        row.childId = event.childId();
        row.returnedAt = event.returnedAt();
        row.interviewDueBy = event.interviewDueBy();
        saveAwaiting(row);
    }

    @EventHandler
    void on(ReturnInterviewOfferedEvent event) {
        changeAwaiting(event.episodeId(), row -> {
            row.offered = true;
            row.provider = event.provider();
        });
    }

    @EventHandler
    void on(ReturnInterviewOverdueEvent event) {
        changeAwaiting(event.episodeId(), row -> row.overdue = true);
    }

    @EventHandler
    void on(ReturnInterviewOutcomeRecordedEvent event) {
        AwaitingInterviewDocument row = mongo.findById(event.episodeId(), AwaitingInterviewDocument.class);
        if (row != null) {
            mongo.remove(row);
            LiveUpdates.emit(updateEmitter, FindAwaitingInterviewQuery.class, q -> true, () -> toItem(row, true));
        }
    }

    @QueryHandler
    List<MissingNowItem> handle(FindMissingNowQuery query) {
        return mongo.findAll(MissingNowDocument.class).stream()
                .map(r -> toItem(r, false))
                .sorted(MISSING_NOW_ORDER)
                .toList();
    }

    @QueryHandler
    List<AwaitingInterviewItem> handle(FindAwaitingInterviewQuery query) {
        return mongo.findAll(AwaitingInterviewDocument.class).stream()
                .map(r -> toItem(r, false))
                .sorted(AWAITING_ORDER)
                .toList();
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(MissingNowDocument.class);
        mongo.dropCollection(AwaitingInterviewDocument.class);
    }

    private void changeMissing(String episodeId, Consumer<MissingNowDocument> change) {
        Rows.change(mongo, episodeId, MissingNowDocument.class, change, this::emitMissing);
    }

    private void changeAwaiting(String episodeId, Consumer<AwaitingInterviewDocument> change) {
        Rows.change(mongo, episodeId, AwaitingInterviewDocument.class, change, this::emitAwaiting);
    }

    private void saveMissing(MissingNowDocument row) {
        mongo.save(row);
        emitMissing(row);
    }

    private void emitMissing(MissingNowDocument row) {
        LiveUpdates.emit(updateEmitter, FindMissingNowQuery.class, q -> true, () -> toItem(row, false));
    }

    private void saveAwaiting(AwaitingInterviewDocument row) {
        mongo.save(row);
        emitAwaiting(row);
    }

    private void emitAwaiting(AwaitingInterviewDocument row) {
        LiveUpdates.emit(updateEmitter, FindAwaitingInterviewQuery.class, q -> true, () -> toItem(row, false));
    }

    private MissingNowItem toItem(MissingNowDocument r, boolean removed) {
        ChildDetails child = children.find(r.childId).orElse(null);
        return new MissingNowItem(r.episodeId, child == null ? r.childId : child.childId(),
                child == null ? null : child.fullName(), child == null ? null : child.dateOfBirth(),
                child != null && child.lookedAfter(), r.missingFrom, r.careAbsenceType, r.lastSeenAt, r.riskLevel,
                r.policeReference, r.lastKnownLocation, r.textSafeSent, removed);
    }

    private AwaitingInterviewItem toItem(AwaitingInterviewDocument r, boolean removed) {
        ChildDetails child = children.find(r.childId).orElse(null);
        return new AwaitingInterviewItem(r.episodeId, child == null ? r.childId : child.childId(),
                child == null ? null : child.fullName(), r.returnedAt, r.interviewDueBy, r.offered, r.provider,
                r.overdue, removed);
    }
}
