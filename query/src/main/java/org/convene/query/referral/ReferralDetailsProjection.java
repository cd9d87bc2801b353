package org.convene.query.referral;

import org.convene.query.live.LiveProjection;
import org.convene.query.batch.BatchedDocuments;
import org.convene.query.live.LiveUpdates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.convene.coordination.referral.api.ActionCompletedEvent;
import org.convene.coordination.referral.api.ActionSpec;
import org.convene.coordination.referral.api.AgencyContributionRecordedEvent;
import org.convene.coordination.referral.api.ReferralReceivedEvent;
import org.convene.coordination.referral.api.ReferralWithdrawnEvent;
import org.convene.coordination.referral.api.ScreeningDecision;
import org.convene.coordination.referral.api.ScreeningDecisionRecordedEvent;
import org.convene.coordination.referral.api.ScreeningDecisionRevisedEvent;
import org.convene.coordination.shared.api.CodeList;
import org.convene.coordination.shared.api.RecordedBy;
import org.convene.coordination.shared.api.WorkingDays;
import org.convene.query.child.ChildDirectory;
import org.convene.query.referral.api.ActionView;
import org.convene.query.referral.api.ChildRef;
import org.convene.query.referral.api.ContributionView;
import org.convene.query.referral.api.DecisionView;
import org.convene.query.referral.api.FindReferralDetailsQuery;
import org.convene.query.referral.api.ReferralDetails;
import org.convene.query.referral.api.ReferralStatus;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * One document per referral ({@code referral_details}) with its contributions, decisions,
 * revisions and actions. Part of the {@code screening} processing group with the meeting board,
 * the open actions, the child records and the chronology, so each sees the others' earlier events.
 * Idempotent: contributions are recognised by event id, decisions by decision id, actions by action
 * id. {@link FindReferralDetailsQuery} answers {@code null} for an unknown referral.
 */
@Component
@ProcessingGroup(ReferralDetailsProjection.PROCESSING_GROUP)
class ReferralDetailsProjection extends LiveProjection {

    static final String PROCESSING_GROUP = "screening";

    ReferralDetailsProjection(MongoTemplate mongo, QueryUpdateEmitter updateEmitter, ChildDirectory children) {
        super(mongo, updateEmitter, children);
    }

    /** Whether the referral has left screening (decided or withdrawn). */
    static boolean isSettled(MongoTemplate mongo, String referralId) {
        ReferralDetailsDocument d = BatchedDocuments.findById(mongo, referralId, ReferralDetailsDocument.class);
        return d != null && d.status != null && d.status != ReferralStatus.AWAITING_SCREENING;
    }

    @EventHandler
    void on(ReferralReceivedEvent event, EventMessage<?> message) {
        ReferralDetailsDocument d = loadOrNew(event.referralId());
        d.version = versionAfter(d.version, message);
        d.receivedAt = event.receivedAt();
        d.sourceCode = event.sourceCode();
        d.type = event.type();
        d.incidentDate = event.incidentDate();
        d.children = ChildRefs.of(event, id -> children.find(id)
                .map(c -> new ChildRef(id, c.fullName(), c.dateOfBirth(), c.dateOfBirthIsExpected()))
                .orElse(ChildRefs.named(id)));
        d.adults = event.adults() == null ? List.of() : event.adults();
        d.concernCodes = event.concernCodes() == null ? List.of() : event.concernCodes();
        d.dashLevel = event.dashLevel();
        d.narrative = event.narrative();
        d.urgent = event.urgent();
        d.externalReference = event.externalReference();
        received(d, event.recordedBy(), event.recordedAt());
    }

    private void received(ReferralDetailsDocument d, RecordedBy recordedBy, java.time.Instant recordedAt) {
        d.recordedByUser = recordedBy.userId();
        d.recordedByAgency = recordedBy.agencyId();
        d.recordedAt = recordedAt;
        if (d.status == null) {
            d.status = ReferralStatus.AWAITING_SCREENING;
        }
        saveAndEmit(d);
    }

    @EventHandler
    void on(AgencyContributionRecordedEvent event, @MessageIdentifier String eventId, EventMessage<?> message) {
        ReferralDetailsDocument d = BatchedDocuments.findById(mongo, event.referralId(), ReferralDetailsDocument.class);
        if (d == null || d.contributions.stream().anyMatch(c -> c.eventId().equals(eventId))) {
            return;
        }
        d.version = versionAfter(d.version, message);
        d.contributions = new ArrayList<>(d.contributions);
        d.contributions.add(new ReferralDetailsDocument.StoredContribution(eventId, event.agencyId(),
                event.knownToAgency(), event.information(), event.recordedBy().userId(), event.recordedAt()));
        saveAndEmit(d);
    }

    @EventHandler
    void on(ScreeningDecisionRecordedEvent event, EventMessage<?> message) {
        decided(event.referralId(), message, new ReferralDetailsDocument.StoredDecision(event.decisionId(),
                event.decision(), null, null, event.recordedBy().userId(), event.recordedBy().agencyId(),
                event.recordedAt()));
    }

    @EventHandler
    void on(ScreeningDecisionRevisedEvent event, EventMessage<?> message) {
        decided(event.referralId(), message, new ReferralDetailsDocument.StoredDecision(event.decisionId(),
                event.decision(), event.revisesDecisionId(), event.reason(), event.recordedBy().userId(),
                event.recordedBy().agencyId(), event.recordedAt()));
    }

    private void decided(String referralId, EventMessage<?> message, ReferralDetailsDocument.StoredDecision decision) {
        ReferralDetailsDocument d = BatchedDocuments.findById(mongo, referralId, ReferralDetailsDocument.class);
        if (d == null || d.decisions.stream().anyMatch(x -> x.decisionId().equals(decision.decisionId()))) {
            return;
        }
        d.version = versionAfter(d.version, message);
        d.status = ReferralStatus.DECIDED;
        d.decisions = new ArrayList<>(d.decisions);
        d.decisions.add(decision);
        d.actions = new ArrayList<>(d.actions);
        for (ActionSpec spec : actionsOf(decision.decision())) {
            if (d.actions.stream().noneMatch(a -> a.actionId().equals(spec.actionId()))) {
                d.actions.add(new ActionView(spec.actionId(), referralId, spec.description(), spec.ownerAgencyId(),
                        spec.dueDate(), decision.decisionId(), false, null, null, null));
            }
        }
        saveAndEmit(d);
    }

    static List<ActionSpec> actionsOf(ScreeningDecision decision) {
        return decision == null || decision.actions() == null ? List.of() : decision.actions();
    }

    @EventHandler
    void on(ReferralWithdrawnEvent event, EventMessage<?> message) {
        change(event.referralId(), message, d -> {
            d.status = ReferralStatus.WITHDRAWN;
            d.withdrawnReason = event.reason();
        });
    }

    @EventHandler
    void on(ActionCompletedEvent event, EventMessage<?> message) {
        change(event.referralId(), message, d -> d.actions = d.actions.stream()
                .map(a -> a.actionId().equals(event.actionId()) && !a.done()
                        ? new ActionView(a.actionId(), a.referralId(), a.description(), a.ownerAgencyId(),
                                a.dueDate(), a.decisionId(), true, event.outcome(), event.recordedBy().userId(),
                                event.recordedAt())
                        : a)
                .toList());
    }

    /** The referral, or {@code null} when there is no such referral. */
    @QueryHandler
    ReferralDetails handle(FindReferralDetailsQuery query) {
        ReferralDetailsDocument d = query.referralId() == null ? null
                : BatchedDocuments.findById(mongo, query.referralId(), ReferralDetailsDocument.class);
        return d == null ? null : toDetails(d);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ReferralDetailsDocument.class);
    }


    private ReferralDetailsDocument loadOrNew(String referralId) {
        ReferralDetailsDocument d = BatchedDocuments.findById(mongo, referralId, ReferralDetailsDocument.class);
        if (d == null) {
            d = new ReferralDetailsDocument();
            d.referralId = referralId;
        }
        return d;
    }

    /** Changes the referral, if it is on record, marked with the event; then saves it and tells its open screens. */
    private void change(String referralId, EventMessage<?> message, Consumer<ReferralDetailsDocument> change) {
        ReferralDetailsDocument d = BatchedDocuments.findById(mongo, referralId, ReferralDetailsDocument.class);
        if (d == null) {
            return;
        }
        d.version = versionAfter(d.version, message);
        change.accept(d);
        saveAndEmit(d);
    }

    private void saveAndEmit(ReferralDetailsDocument d) {
        BatchedDocuments.save(mongo, d.referralId, d);
        LiveUpdates.emit(updateEmitter, FindReferralDetailsQuery.class, q -> d.referralId.equals(q.referralId()),
                () -> toDetails(d));
    }

    private ReferralDetails toDetails(ReferralDetailsDocument d) {
        // latest contribution per agency (in the order agencies first contributed); earlier ones superseded
        Map<String, ReferralDetailsDocument.StoredContribution> latest = new LinkedHashMap<>();
        List<ContributionView> superseded = new ArrayList<>();
        for (ReferralDetailsDocument.StoredContribution c : d.contributions) {
            ReferralDetailsDocument.StoredContribution earlier = latest.put(c.agencyId(), c);
            if (earlier != null) {
                superseded.add(toView(earlier));
            }
        }
        List<DecisionView> decisions = d.decisions.stream()
                .map(x -> new DecisionView(x.decisionId(), x.decision(), x.revisesDecisionId(), x.revisionReason(),
                        x.recordedByUser(), x.recordedByAgency(), x.recordedAt(),
                        d.receivedAt != null && x.recordedAt() != null
                                && WorkingDays.ENGLAND.withinOneWorkingDay(d.receivedAt, x.recordedAt())))
                .toList();
        return new ReferralDetails(d.referralId, d.status, d.receivedAt, d.sourceCode,
                CodeList.REFERRAL_SOURCE.description(d.sourceCode).orElse(d.sourceCode), d.type, d.incidentDate,
                ChildRefs.resolve(d.children, children), List.copyOf(d.adults), List.copyOf(d.concernCodes),
                d.dashLevel, d.narrative, d.urgent, d.externalReference, d.recordedByUser, d.recordedByAgency,
                d.recordedAt, d.receivedAt == null ? null : WorkingDays.ENGLAND.screeningDueBy(d.receivedAt),
                latest.values().stream().map(ReferralDetailsProjection::toView).toList(), List.copyOf(superseded),
                decisions, List.copyOf(d.actions), d.withdrawnReason, d.version);
    }

    private static ContributionView toView(ReferralDetailsDocument.StoredContribution c) {
        return new ContributionView(c.agencyId(), c.knownToAgency(), c.information(), c.recordedByUser(),
                c.recordedAt());
    }
}
