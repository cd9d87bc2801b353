package org.convene.query.referral;

import org.convene.query.live.LiveProjection;
import org.convene.query.live.LiveUpdates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.convene.coordination.child.api.ChildRecordsMergedEvent;
import org.convene.coordination.referral.api.ActionCompletedEvent;
import org.convene.coordination.referral.api.AgencyContributionRecordedEvent;
import org.convene.coordination.referral.api.ReferralReceivedEvent;
import org.convene.coordination.referral.api.ReferralWithdrawnEvent;
import org.convene.coordination.referral.api.ScreeningDecisionRecordedEvent;
import org.convene.coordination.referral.api.ScreeningDecisionRevisedEvent;
import org.convene.coordination.shared.api.CodeList;
import org.convene.coordination.shared.api.TextRules;
import org.convene.coordination.shared.api.WorkingDays;
import org.convene.query.child.ChildDirectory;
import org.convene.query.referral.api.FindMeetingBoardQuery;
import org.convene.query.referral.api.MeetingBoardItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The daily screening meeting's board: referrals awaiting screening, urgent first, then DASH level
 * high to standard (none last), then oldest receipt first. The {@code meeting_board} collection
 * holds only referrals awaiting screening; a decision or a withdrawal deletes the row and tells open
 * views with {@code removed=true}. Idempotent: rows are written by referral id and agencies are
 * added once. Overdue actions are counted when the board is read, since "today" moves on.
 */
@Component
@ProcessingGroup(ReferralDetailsProjection.PROCESSING_GROUP)
class MeetingBoardProjection extends LiveProjection {

    private final Clock clock;

    @Autowired
    MeetingBoardProjection(MongoTemplate mongo, QueryUpdateEmitter updateEmitter, ChildDirectory children) {
        this(mongo, updateEmitter, children, Clock.system(TextRules.UK));
    }

    MeetingBoardProjection(MongoTemplate mongo, QueryUpdateEmitter updateEmitter, ChildDirectory children,
                           Clock clock) {
        super(mongo, updateEmitter, children);
        this.clock = clock;
    }

    @EventHandler
    void on(ReferralReceivedEvent event) {
        if (ReferralDetailsProjection.isSettled(mongo, event.referralId())) {
            return; // redelivered after its decision or withdrawal
        }
        MeetingBoardDocument row = new MeetingBoardDocument();
        row.referralId = event.referralId();
        row.receivedAt = event.receivedAt();
        row.sourceCode = event.sourceCode();
        row.type = event.type();
        row.urgent = event.urgent();
        row.dashLevel = event.dashLevel();
        row.children = ChildRefs.of(event, ChildRefs::named);
        keepContributions(row);
        save(row);
    }

    /** A redelivered receipt must not forget contributions recorded since. */
    private void keepContributions(MeetingBoardDocument row) {
        MeetingBoardDocument existing = mongo.findById(row.referralId, MeetingBoardDocument.class);
        if (existing != null) {
            row.contributingAgencies = existing.contributingAgencies;
        }
    }

    @EventHandler
    void on(AgencyContributionRecordedEvent event) {
        MeetingBoardDocument row = mongo.findById(event.referralId(), MeetingBoardDocument.class);
        if (row == null || row.contributingAgencies.contains(event.agencyId())) {
            return;
        }
        row.contributingAgencies = new java.util.ArrayList<>(row.contributingAgencies);
        row.contributingAgencies.add(event.agencyId());
        save(row);
    }

    @EventHandler
    void on(ScreeningDecisionRecordedEvent event) {
        remove(event.referralId());
    }

    @EventHandler
    void on(ScreeningDecisionRevisedEvent event) {
        remove(event.referralId());
    }

    @EventHandler
    void on(ReferralWithdrawnEvent event) {
        remove(event.referralId());
    }

    @EventHandler
    void on(ActionCompletedEvent event) {
        MeetingBoardDocument row = mongo.findById(event.referralId(), MeetingBoardDocument.class);
        if (row != null) {
            emit(toItem(row, Map.of()));
        }
    }

    /** Rows naming the merged-away record now show the surviving record. */
    @EventHandler
    void on(ChildRecordsMergedEvent event) {
        Map<String, String> replaced = Map.of(event.duplicateChildId(), event.survivingChildId());
        for (MeetingBoardDocument row : mongo.findAll(MeetingBoardDocument.class)) {
            if (row.children.stream().anyMatch(c -> event.duplicateChildId().equals(c.childId()))) {
                row.children = row.children.stream()
                        .map(c -> event.duplicateChildId().equals(c.childId()) ? ChildRefs.named(event.survivingChildId()) : c)
                        .distinct()
                        .toList();
                mongo.save(row);
                emit(toItem(row, replaced));
            }
        }
    }

    @QueryHandler
    List<MeetingBoardItem> handle(FindMeetingBoardQuery query) {
        List<MeetingBoardDocument> rows = mongo.findAll(MeetingBoardDocument.class);
        Map<String, Integer> overdue = overdueActions(rows);
        return rows.stream()
                .map(r -> toItem(r, Map.of(), overdue.getOrDefault(r.referralId, 0)))
                .sorted(MeetingBoardItem.BOARD_ORDER)
                .toList();
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(MeetingBoardDocument.class);
    }

    private void save(MeetingBoardDocument row) {
        mongo.save(row);
        if (LiveUpdates.watched(updateEmitter, FindMeetingBoardQuery.class)) {
            emit(toItem(row, Map.of()));
        }
    }

    private void remove(String referralId) {
        MeetingBoardDocument row = mongo.findById(referralId, MeetingBoardDocument.class);
        if (row == null) {
            return;
        }
        mongo.remove(row);
        if (!LiveUpdates.watched(updateEmitter, FindMeetingBoardQuery.class)) {
            return;
        }
        MeetingBoardItem item = toItem(row, Map.of(), 0);
        emit(new MeetingBoardItem(item.referralId(), item.receivedAt(), item.sourceCode(), item.sourceDescription(),
                item.type(), item.urgent(), item.dashLevel(), item.children(), item.contributingAgencies(),
                item.screeningDueBy(), item.overdueActions(), true));
    }

    private void emit(MeetingBoardItem item) {
        updateEmitter.emit(FindMeetingBoardQuery.class, query -> true, item);
    }

    private MeetingBoardItem toItem(MeetingBoardDocument row, Map<String, String> replaced) {
        return toItem(row, replaced, overdueActions(List.of(row)).getOrDefault(row.referralId, 0));
    }

    private MeetingBoardItem toItem(MeetingBoardDocument row, Map<String, String> replaced, int overdueActions) {
        return new MeetingBoardItem(row.referralId, row.receivedAt, row.sourceCode,
                CodeList.REFERRAL_SOURCE.description(row.sourceCode).orElse(row.sourceCode), row.type, row.urgent,
                row.dashLevel, ChildRefs.resolve(row.children, children, replaced),
                List.copyOf(row.contributingAgencies),
                row.receivedAt == null ? null : WorkingDays.ENGLAND.screeningDueBy(row.receivedAt), overdueActions,
                false);
    }

    /**
     * Overdue actions that concern each board referral: open actions due before today, on this
     * referral or on an earlier referral naming any of the same children (the family's drift, shown
     * to the meeting). One read of the small open-actions collection; merges followed by id.
     */
    private Map<String, Integer> overdueActions(Collection<MeetingBoardDocument> rows) {
        Map<String, Integer> counts = new HashMap<>();
        if (rows.isEmpty()) {
            return counts;
        }
        LocalDate today = LocalDate.now(clock);
        Query overdueQuery = Query.query(Criteria.where("dueDate").lt(today));
        List<OpenActionDocument> overdue = mongo.find(overdueQuery, OpenActionDocument.class);
        if (overdue.isEmpty()) {
            return counts;
        }
        java.util.function.UnaryOperator<String> currentId = children.currentIds();
        List<Set<String>> actionChildren = overdue.stream()
                .map(a -> a.childIds().stream().map(currentId).collect(java.util.stream.Collectors.toSet()))
                .toList();
        for (MeetingBoardDocument row : rows) {
            Set<String> boardChildren = new HashSet<>();
            row.children.forEach(c -> {
                if (c.childId() != null) {
                    boardChildren.add(currentId.apply(c.childId()));
                }
            });
            int count = 0;
            for (int i = 0; i < overdue.size(); i++) {
                if (overdue.get(i).referralId().equals(row.referralId)
                        || !java.util.Collections.disjoint(boardChildren, actionChildren.get(i))) {
                    count++;
                }
            }
            if (count > 0) {
                counts.put(row.referralId, count);
            }
        }
        return counts;
    }
}
