package org.convene.coordination.referral;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.convene.coordination.referral.api.ActionCompletedEvent;
import org.convene.coordination.referral.api.ActionSpec;
import org.convene.coordination.referral.api.AgencyContributionRecordedEvent;
import org.convene.coordination.referral.api.CompleteActionCommand;
import org.convene.coordination.referral.api.InvolvedAdult;
import org.convene.coordination.referral.api.ReceiveReferralCommand;
import org.convene.coordination.referral.api.RecordAgencyContributionCommand;
import org.convene.coordination.referral.api.RecordScreeningDecisionCommand;
import org.convene.coordination.referral.api.ReferralReceivedEvent;
import org.convene.coordination.referral.api.ReferralRules;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.coordination.referral.api.ReferralWithdrawnEvent;
import org.convene.coordination.referral.api.ReviseScreeningDecisionCommand;
import org.convene.coordination.referral.api.ScreeningDecision;
import org.convene.coordination.referral.api.ScreeningDecisionRecordedEvent;
import org.convene.coordination.referral.api.ScreeningDecisionRevisedEvent;
import org.convene.coordination.referral.api.ScreeningResponse;
import org.convene.coordination.referral.api.WithdrawReferralCommand;
import org.convene.coordination.shared.UnseenChanges;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.coordination.shared.api.KnownAgencies;
import org.convene.coordination.shared.api.RecordedBy;
import org.convene.coordination.shared.api.TextRules;

/** A referral about one or more children, from receipt through screening to its actions. */
@Aggregate(cache = "aggregateCache")
public class Referral {

    static final int MAX_NAME_LENGTH = TextRules.MAX_NAME_LENGTH;
    static final int MAX_NARRATIVE_LENGTH = TextRules.MAX_NARRATIVE_LENGTH;
    static final int MAX_REASON_LENGTH = 4_000;
    static final int MAX_ACTIONS = 50;
    static final int MAX_CHILDREN = ReferralRules.MAX_CHILDREN;
    static final ZoneId UK = TextRules.UK;

    enum Status { RECEIVED, DECIDED, WITHDRAWN }

    private record ActionState(String ownerAgencyId, boolean done) {
    }

    @AggregateIdentifier
    private String referralId;
    private ReferralType type;
    private Status status;
    private String currentDecisionId;
    private final Set<String> decisionIds = new HashSet<>();
    private final Map<String, ActionState> actions = new HashMap<>();
    private List<String> childIds = List.of();

    Referral() {
        // for Axon
    }

    /** Created by {@link ReferralIntakeHandler}, which has checked that the children have records. */
    Referral(ReceiveReferralCommand command, RecordedBy recordedBy) {
        Instant now = GenericEventMessage.clock.instant();
        TextRules.throwIfAny(ReferralRules.receiptProblems(command, now));
        List<String> childIds = command.childIds();
        List<InvolvedAdult> adults = command.adults() == null ? List.of() : command.adults();
        List<String> concerns = command.concernCodes() == null ? List.of() : command.concernCodes();
        apply(new ReferralReceivedEvent(command.referralId(), command.receivedAt(), command.sourceCode(),
                command.type(), command.incidentDate(), List.copyOf(childIds),
                adults.stream().map(a -> new InvolvedAdult(a.name().strip(), a.role())).toList(),
                List.copyOf(new java.util.LinkedHashSet<>(concerns)), command.dashLevel(),
                command.narrative() == null ? "" : command.narrative().strip(), command.urgent(),
                command.externalReference() == null || command.externalReference().isBlank() ? null
                        : command.externalReference().strip(),
                recordedBy, now));
    }

    @CommandHandler
    void handle(RecordAgencyContributionCommand command, ConflictResolver unseen, KnownAgencies agencies,
                RecordedBy by) {
        UnseenChanges.refuseIfConflicting(unseen, e -> checksConflict(e, by.agencyId()), agencies, by.userId(),
                "record your checks again");
        refuseIfWithdrawn("record a contribution");
        List<String> problems = new ArrayList<>();
        TextRules.requireText(command.information(), "Enter what your agency holds (or that checks found nothing).",
                MAX_NARRATIVE_LENGTH, problems);
        TextRules.throwIfAny(problems);
        apply(new AgencyContributionRecordedEvent(referralId, by.agencyId(), command.knownToAgency(),
                command.information().strip(), by, GenericEventMessage.clock.instant()));
    }

    @CommandHandler
    void handle(RecordScreeningDecisionCommand command, KnownAgencies agencies, ConflictResolver unseen,
                RecordedBy by) {
        refuseIfDecidedMeanwhileOrWithdrawn(unseen, command.decisionId(), agencies, by, "record a decision");
        if (status == Status.DECIDED) {
            throw new CommandRejectedException("A decision is already recorded. Revise it instead, giving a reason.");
        }
        Instant now = GenericEventMessage.clock.instant();
        List<String> problems = new ArrayList<>();
        checkDecision(command.decisionId(), command.decision(), agencies, now, problems);
        TextRules.throwIfAny(problems);
        apply(new ScreeningDecisionRecordedEvent(referralId, command.decisionId(), normalise(command.decision()),
                by, now));
    }

    @CommandHandler
    void handle(ReviseScreeningDecisionCommand command, KnownAgencies agencies, ConflictResolver unseen,
                RecordedBy by) {
        refuseIfDecidedMeanwhileOrWithdrawn(unseen, command.decisionId(), agencies, by, "revise a decision");
        if (status != Status.DECIDED) {
            throw new CommandRejectedException("There is no decision to revise yet.");
        }
        Instant now = GenericEventMessage.clock.instant();
        List<String> problems = new ArrayList<>();
        TextRules.requireText(command.reason(), "Give the reason for revising the decision.", MAX_REASON_LENGTH,
                problems);
        checkDecision(command.decisionId(), command.decision(), agencies, now, problems);
        TextRules.throwIfAny(problems);
        apply(new ScreeningDecisionRevisedEvent(referralId, command.decisionId(), currentDecisionId,
                normalise(command.decision()), command.reason().strip(), by, now));
    }

    private void checkDecision(String decisionId, ScreeningDecision decision, KnownAgencies agencies, Instant now,
                               List<String> problems) {
        TextRules.requireId(decisionId, "decision id", problems);
        if (decisionId != null && decisionIds.contains(decisionId)) {
            problems.add("This decision was already recorded.");
        }
        if (decision == null) {
            problems.add("Record the decision.");
            return;
        }
        if (decision.agenciesPresent() == null || decision.agenciesPresent().isEmpty()) {
            problems.add("Record which agencies were present.");
        } else {
            decision.agenciesPresent().stream().filter(a -> a == null || !agencies.exists(a)).distinct()
                    .forEach(a -> problems.add("'" + a + "' is not a registered agency."));
        }
        if (decision.response() == null) {
            problems.add("Choose the response.");
        } else if (decision.response() == ScreeningResponse.SINGLE_AGENCY_REFERRAL) {
            TextRules.requireText(decision.singleAgencyName(), "Name the agency the referral goes to.", 200, problems);
        }
        if (decision.levelOfNeed() < 1 || decision.levelOfNeed() > 4) {
            problems.add("Choose the level of need (1 to 4).");
        }
        if (decision.riskScale() == null) {
            if (type == ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION) {
                problems.add("Choose the risk to the children on the domestic violence risk scale (1 to 4).");
            }
        } else if (decision.riskScale() < 1 || decision.riskScale() > 4) {
            problems.add("The risk scale runs from 1 (moderate) to 4 (severe).");
        }
        TextRules.requireText(decision.rationale(), "Record the rationale for the decision.", MAX_NARRATIVE_LENGTH,
                problems);
        List<ActionSpec> specs = decision.actions() == null ? List.of() : decision.actions();
        if (specs.size() > MAX_ACTIONS) {
            problems.add("At most " + MAX_ACTIONS + " actions can be agreed at once.");
        }
        LocalDate today = LocalDate.ofInstant(now, UK);
        Set<String> newIds = new HashSet<>();
        for (ActionSpec action : specs) {
            if (action == null) {
                problems.add("An action is empty.");
                continue;
            }
            TextRules.requireId(action.actionId(), "action id", problems);
            if (action.actionId() != null && (actions.containsKey(action.actionId()) || !newIds.add(action.actionId()))) {
                problems.add("An action id is used twice.");
            }
            TextRules.requireText(action.description(), "Say what each action is.", 2_000, problems);
            if (action.ownerAgencyId() == null || !agencies.exists(action.ownerAgencyId())) {
                problems.add("Choose a registered agency to own each action.");
            }
            if (action.dueDate() == null) {
                problems.add("Give each action a due date.");
            } else if (action.dueDate().isBefore(today)) {
                problems.add("An action cannot be due before today.");
            }
        }
    }

    private static ScreeningDecision normalise(ScreeningDecision d) {
        return new ScreeningDecision(List.copyOf(new java.util.LinkedHashSet<>(d.agenciesPresent())), d.response(),
                d.response() == ScreeningResponse.SINGLE_AGENCY_REFERRAL ? d.singleAgencyName().strip() : null,
                d.levelOfNeed(), d.riskScale(), d.rationale().strip(),
                (d.actions() == null ? List.<ActionSpec>of() : d.actions()).stream()
                        .map(a -> new ActionSpec(a.actionId(), a.description().strip(), a.ownerAgencyId(), a.dueDate()))
                        .toList());
    }

    @CommandHandler
    void handle(WithdrawReferralCommand command, KnownAgencies agencies, ConflictResolver unseen, RecordedBy by) {
        UnseenChanges.refuseIfConflicting(unseen, e -> decisionConflict(e, null), agencies, by.userId(),
                "decide whether to withdraw it");
        if (status == Status.WITHDRAWN) {
            throw new CommandRejectedException("This referral is already withdrawn.");
        }
        if (status == Status.DECIDED) {
            throw new CommandRejectedException("A referral with a decision cannot be withdrawn; revise the decision.");
        }
        List<String> problems = new ArrayList<>();
        TextRules.requireText(command.reason(), "Give the reason for withdrawing the referral.", MAX_REASON_LENGTH,
                problems);
        TextRules.throwIfAny(problems);
        apply(new ReferralWithdrawnEvent(referralId, command.reason().strip(), by,
                GenericEventMessage.clock.instant()));
    }

    @CommandHandler
    void handle(CompleteActionCommand command, RecordedBy by) {
        ActionState action = actions.get(command.actionId());
        if (action == null) {
            throw new CommandRejectedException("There is no such action on this referral.");
        }
        if (action.done()) {
            throw new CommandRejectedException("This action is already marked done.");
        }
        if (!action.ownerAgencyId().equals(by.agencyId())) {
            throw new CommandRejectedException("Only the owner agency (" + action.ownerAgencyId()
                    + ") can mark this action done.");
        }
        List<String> problems = new ArrayList<>();
        TextRules.requireText(command.outcome(), "Record the outcome of the action.", MAX_NARRATIVE_LENGTH, problems);
        TextRules.throwIfAny(problems);
        apply(new ActionCompletedEvent(referralId, command.actionId(), command.outcome().strip(),
                by, GenericEventMessage.clock.instant()));
    }

    /**
     * What, recorded since the chair's screen was read, a decision or revision (or a withdrawal)
     * cannot be sent over: another decision, revision or withdrawal. Agency checks and actions
     * marked done do not conflict. The command's own decision id (a retry) is not someone else's.
     */
    static String decisionConflict(Object event, String ownDecisionId) {
        if (event instanceof ScreeningDecisionRecordedEvent e && !e.decisionId().equals(ownDecisionId)) {
            return "recorded the decision";
        }
        if (event instanceof ScreeningDecisionRevisedEvent e && !e.decisionId().equals(ownDecisionId)) {
            return "revised the decision";
        }
        return event instanceof ReferralWithdrawnEvent ? "withdrew the referral" : null;
    }

    /** Checks recorded by the same agency since (they would be superseded unseen), or a withdrawal. */
    static String checksConflict(Object event, String agencyId) {
        if (event instanceof AgencyContributionRecordedEvent e && e.agencyId().equals(agencyId)) {
            return "recorded your agency's checks";
        }
        return event instanceof ReferralWithdrawnEvent ? "withdrew the referral" : null;
    }

    /** Before a decision or revision: refused if another was recorded since the screen was read, or withdrawn. */
    private void refuseIfDecidedMeanwhileOrWithdrawn(ConflictResolver unseen, String decisionId, KnownAgencies agencies,
                                                     RecordedBy by, String what) {
        UnseenChanges.refuseIfConflicting(unseen, e -> decisionConflict(e, decisionId), agencies, by.userId(),
                "decide again");
        refuseIfWithdrawn(what);
    }

    private void refuseIfWithdrawn(String what) {
        if (status == Status.WITHDRAWN) {
            throw new CommandRejectedException("This referral was withdrawn: you cannot " + what + ".");
        }
    }

    @EventSourcingHandler
    void on(ReferralReceivedEvent event) {
        this.referralId = event.referralId();
        this.type = event.type();
        this.status = Status.RECEIVED;
        this.childIds = List.copyOf(event.childIds());
    }

    /** The registered children the referral is about (none for the first slice's unregistered child). */
    List<String> childIds() {
        return childIds;
    }

    @EventSourcingHandler
    void on(ScreeningDecisionRecordedEvent event) {
        decided(event.decisionId(), event.decision());
    }

    @EventSourcingHandler
    void on(ScreeningDecisionRevisedEvent event) {
        decided(event.decisionId(), event.decision());
    }

    private void decided(String decisionId, ScreeningDecision decision) {
        this.status = Status.DECIDED;
        this.currentDecisionId = decisionId;
        this.decisionIds.add(decisionId);
        decision.actions().forEach(a -> actions.put(a.actionId(), new ActionState(a.ownerAgencyId(), false)));
    }

    @EventSourcingHandler
    void on(ReferralWithdrawnEvent event) {
        this.status = Status.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(ActionCompletedEvent event) {
        actions.computeIfPresent(event.actionId(), (id, a) -> new ActionState(a.ownerAgencyId(), true));
    }
}
