package org.convene.query.referral;

import org.convene.query.live.LiveProjection;
import org.convene.query.batch.BatchedDocuments;
import org.convene.query.live.LiveUpdates;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.convene.coordination.referral.api.ActionCompletedEvent;
import org.convene.coordination.referral.api.ActionSpec;
import org.convene.coordination.referral.api.ScreeningDecisionRecordedEvent;
import org.convene.coordination.referral.api.ScreeningDecisionRevisedEvent;
import org.convene.query.action.api.FindOpenActionsQuery;
import org.convene.query.action.api.OpenActionSummary;
import org.convene.query.child.ChildDirectory;
import org.convene.query.referral.api.ChildRef;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Open actions ({@code open_actions}): one document per action not yet done, deleted when done, so
 * the collection stays small. It lives with the referral projections because an action's children
 * and whether it is already done (a redelivered decision must not reopen a done action) come from
 * the referral's details. Live updates: the action, with {@code done=true} when it left the list.
 */
@Component
@ProcessingGroup(ReferralDetailsProjection.PROCESSING_GROUP)
class OpenActionsProjection extends LiveProjection {

    OpenActionsProjection(MongoTemplate mongo, QueryUpdateEmitter updateEmitter, ChildDirectory children) {
        super(mongo, updateEmitter, children);
    }

    @EventHandler
    void on(ScreeningDecisionRecordedEvent event) {
        opened(event.referralId(), event.decisionId(), ReferralDetailsProjection.actionsOf(event.decision()));
    }

    @EventHandler
    void on(ScreeningDecisionRevisedEvent event) {
        opened(event.referralId(), event.decisionId(), ReferralDetailsProjection.actionsOf(event.decision()));
    }

    private void opened(String referralId, String decisionId, List<ActionSpec> actions) {
        ReferralDetailsDocument details = BatchedDocuments.findById(mongo, referralId, ReferralDetailsDocument.class);
        for (ActionSpec spec : actions) {
            boolean done = details != null && details.actions.stream()
                    .anyMatch(a -> a.actionId().equals(spec.actionId()) && a.done());
            if (done) {
                continue; // a redelivered decision must not reopen a done action
            }
            OpenActionDocument action = new OpenActionDocument(spec.actionId(), referralId, spec.description(),
                    spec.ownerAgencyId(), spec.dueDate(), decisionId, details == null ? List.of()
                    : details.children.stream().map(c -> c.childId()).filter(java.util.Objects::nonNull).toList());
            mongo.save(action);
            emit(() -> toSummary(action, childNames(details), false));
        }
    }

    @EventHandler
    void on(ActionCompletedEvent event) {
        OpenActionDocument action = mongo.findById(event.actionId(), OpenActionDocument.class);
        if (action == null) {
            return;
        }
        mongo.remove(action);
        emit(() -> toSummary(action, childNames(BatchedDocuments.findById(mongo, action.referralId(), ReferralDetailsDocument.class)),
                true));
    }

    /** The owner agency's open actions, soonest due first. */
    @QueryHandler
    List<OpenActionSummary> handle(FindOpenActionsQuery query) {
        List<OpenActionDocument> open = mongo.find(
                Query.query(Criteria.where("ownerAgencyId").is(query.ownerAgencyId())), OpenActionDocument.class);
        Map<String, List<String>> namesByReferral = new HashMap<>();
        return open.stream()
                .map(a -> toSummary(a, namesByReferral.computeIfAbsent(a.referralId(),
                        id -> childNames(BatchedDocuments.findById(mongo, id, ReferralDetailsDocument.class))), false))
                .sorted(Comparator.comparing(OpenActionSummary::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(OpenActionSummary::actionId))
                .toList();
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(OpenActionDocument.class);
    }

    private List<String> childNames(ReferralDetailsDocument details) {
        if (details == null) {
            return List.of();
        }
        return ChildRefs.resolve(details.children, children).stream().map(ChildRef::fullName).toList();
    }

    private void emit(java.util.function.Supplier<OpenActionSummary> update) {
        if (LiveUpdates.watched(updateEmitter, FindOpenActionsQuery.class)) {
            OpenActionSummary summary = update.get();
            updateEmitter.emit(FindOpenActionsQuery.class, q -> summary.ownerAgencyId().equals(q.ownerAgencyId()),
                    summary);
        }
    }

    private static OpenActionSummary toSummary(OpenActionDocument a, List<String> childNames, boolean done) {
        return new OpenActionSummary(a.actionId(), a.referralId(), a.description(), a.ownerAgencyId(), a.dueDate(),
                childNames, done);
    }

}
