package org.convene.coordination.panel;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.convene.coordination.panel.api.ActionHeading;
import org.convene.coordination.panel.api.ClosureReason;
import org.convene.coordination.panel.api.ExploitationType;
import org.convene.coordination.panel.api.PanelActionAgreedEvent;
import org.convene.coordination.panel.api.PanelActionCompletedEvent;
import org.convene.coordination.panel.api.PanelActionSpec;
import org.convene.coordination.panel.api.PanelCaseClosedEvent;
import org.convene.coordination.panel.api.PanelCaseMergedInEvent;
import org.convene.coordination.panel.api.PanelCaseOpenedEvent;
import org.convene.coordination.panel.api.PanelDiscussionType;
import org.convene.coordination.panel.api.PanelIds;
import org.convene.coordination.panel.api.PanelReferralJoinedCaseEvent;
import org.convene.coordination.panel.api.PanelReferralSource;
import org.convene.coordination.panel.api.PanelRiskLevel;
import org.convene.coordination.panel.api.RecordPanelDiscussionCommand;
import org.convene.coordination.panel.api.YoungPersonDiscussedAtPanelEvent;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.coordination.shared.api.KnownAgencies;
import org.convene.coordination.shared.api.RecordedBy;
import org.convene.coordination.shared.api.TextRules;

/**
 * One young person's history at the exploitation panel: their panel cases, one open at a time. A
 * referral opens a case or joins the open one; discussions agree the risk level, actions and the
 * next review or the closure. Commands arrive through {@link PanelRecordHandler}.
 */
@Aggregate(cache = "aggregateCache")
public class YoungPersonPanelRecord {

    static final int MAX_TEXT = 4_000;
    static final int MAX_SHORT_TEXT = 200;
    static final int MAX_ACTIONS = 50;
    static final int MAX_PLACES = 30;
    static final String MERGED_IS_NOT_CHOSEN = "A case is closed as merged only when two child records are merged: "
            + "choose another reason.";

    private record ActionState(String caseId, ActionHeading heading, String description, String ownerAgencyId,
                               LocalDate dueDate, LocalDate agreedOn, boolean open) {

        ActionState closed() {
            return new ActionState(caseId, heading, description, ownerAgencyId, dueDate, agreedOn, false);
        }
    }

    /** The open case as it moves to the surviving record when two child records are merged. */
    record OpenCase(String childId, String caseId, Instant referredAt, PanelRiskLevel riskLevel, boolean discussed,
                    LocalDate nextReviewDate, List<PanelCaseMergedInEvent.Referral> referrals,
                    List<ExploitationType> exploitationTypes, List<PanelCaseMergedInEvent.Action> openActions) {
    }

    /** What a referral says, whichever way it arrived. */
    record Referral(String panelReferralId, PanelReferralSource source, String sourceReference,
                    List<ExploitationType> exploitationTypes, PanelRiskLevel riskLevel, String reason,
                    Instant referredAt) {
    }

    @AggregateIdentifier
    private String recordId;
    private String childId;
    private int caseNumber;
    private String openCaseId;
    private Instant caseReferredAt;
    private PanelRiskLevel riskLevel;
    private boolean discussed;
    private final Set<ExploitationType> caseTypes = EnumSet.noneOf(ExploitationType.class);
    private final Set<String> referralIds = new HashSet<>();
    private final Set<String> discussionIds = new HashSet<>();
    private final Map<String, ActionState> actions = new HashMap<>();
    private LocalDate nextReviewDate;
    /** The open case's referrals, as they would move at a merge. */
    private final List<PanelCaseMergedInEvent.Referral> caseReferrals = new ArrayList<>();
    /** A merged record's case id → the case of this record that took it in. */
    private final Map<String, String> mergedCases = new HashMap<>();

    YoungPersonPanelRecord() {
        // for Axon, and for a young person's first referral
    }

    boolean hasOpenCase() {
        return openCaseId != null;
    }

    /** Opens a case or joins the open one. A referral id already recorded records nothing. */
    void refer(String childId, Referral r, RecordedBy by, Instant now) {
        if (referralIds.contains(r.panelReferralId())) {
            return;
        }
        List<ExploitationType> types = r.exploitationTypes() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(r.exploitationTypes()));
        if (openCaseId == null) {
            apply(new PanelCaseOpenedEvent(childId, PanelIds.caseId(childId, caseNumber + 1), r.panelReferralId(),
                    r.source(), r.sourceReference(), types, r.riskLevel(), r.reason(), r.referredAt(), by, now));
        } else {
            apply(new PanelReferralJoinedCaseEvent(childId, openCaseId, r.panelReferralId(), r.source(),
                    r.sourceReference(), types, r.riskLevel(), r.reason(), r.referredAt(), by, now));
        }
    }

    /** The open case, as it would move to the surviving record at a merge; empty when none is open. */
    Optional<OpenCase> openCaseToMerge() {
        if (openCaseId == null) {
            return Optional.empty();
        }
        List<PanelCaseMergedInEvent.Action> open = actions.entrySet().stream()
                .filter(e -> e.getValue().open() && e.getValue().caseId().equals(openCaseId))
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new PanelCaseMergedInEvent.Action(e.getKey(), e.getValue().heading(),
                        e.getValue().description(), e.getValue().ownerAgencyId(), e.getValue().dueDate(),
                        e.getValue().agreedOn()))
                .toList();
        return Optional.of(new OpenCase(childId, openCaseId, caseReferredAt, riskLevel, discussed, nextReviewDate,
                List.copyOf(caseReferrals), List.copyOf(caseTypes), open));
    }

    /**
     * Takes in the open case of a record merged into this one: it joins this record's open case, or
     * opens this record's next case. Returns the case that holds it; a case taken in before records
     * nothing.
     */
    String takeOver(String survivingChildId, OpenCase moved, RecordedBy by, Instant now) {
        String done = mergedCases.get(moved.caseId());
        if (done != null) {
            return done;
        }
        List<PanelCaseMergedInEvent.Referral> referrals = moved.referrals().stream()
                .filter(r -> !referralIds.contains(r.panelReferralId())).toList();
        List<PanelCaseMergedInEvent.Action> open = moved.openActions().stream()
                .filter(a -> !actions.containsKey(a.actionId())).toList();
        if (openCaseId == null) {
            String caseId = PanelIds.caseId(survivingChildId, caseNumber + 1);
            apply(new PanelCaseMergedInEvent(survivingChildId, caseId, true, moved.childId(), moved.caseId(),
                    moved.referredAt(), moved.riskLevel(), moved.discussed(), moved.nextReviewDate(), referrals,
                    moved.exploitationTypes(), open, by, now));
            return caseId;
        }
        apply(new PanelCaseMergedInEvent(survivingChildId, openCaseId, false, moved.childId(), moved.caseId(),
                earlier(caseReferredAt, moved.referredAt()), higher(riskLevel, moved.riskLevel()),
                discussed || moved.discussed(), sooner(nextReviewDate, moved.nextReviewDate()), referrals,
                moved.exploitationTypes(), open, by, now));
        return openCaseId;
    }

    /** Closes the open case as merged into the surviving record's case; no open case: nothing to do. */
    void closeAsMerged(String survivingChildId, String survivingCaseId, RecordedBy by, Instant now, LocalDate today) {
        if (openCaseId == null) {
            return;
        }
        apply(new PanelCaseClosedEvent(childId, openCaseId, ClosureReason.MERGED,
                "Child record merged into " + survivingChildId + ": this case, with its referrals and open actions, "
                        + "continues as panel case " + survivingCaseId + ".",
                today, null, null, List.of(), by, now));
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null ? b : b == null || !b.isBefore(a) ? a : b;
    }

    private static PanelRiskLevel higher(PanelRiskLevel a, PanelRiskLevel b) {
        return a == null ? b : b == null || a.compareTo(b) >= 0 ? a : b;
    }

    private static LocalDate sooner(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || !b.isBefore(a) ? a : b;
    }

    /** Checks a direct agency referral's input; every problem is listed. */
    static void checkDirectReferral(String panelReferralId, List<ExploitationType> types, PanelRiskLevel riskLevel,
                                    String reason) {
        List<String> problems = new ArrayList<>();
        TextRules.requireId(panelReferralId, "panel referral id", problems);
        if (types == null || types.isEmpty() || types.stream().anyMatch(java.util.Objects::isNull)) {
            problems.add("Choose at least one type of exploitation.");
        }
        if (riskLevel == null) {
            problems.add("Choose the initial risk level (low, medium or high).");
        }
        TextRules.requireText(reason, "Give the reason for the referral.", MAX_TEXT, problems);
        TextRules.optionalText(reason, "The reason", MAX_TEXT, problems);
        TextRules.throwIfAny(problems);
    }

    void discuss(RecordPanelDiscussionCommand c, KnownAgencies agencies, RecordedBy by, Instant now,
                 LocalDate today) {
        if (c.discussionId() != null && discussionIds.contains(c.discussionId())) {
            return;   // the same discussion sent again: recorded once
        }
        if (openCaseId == null) {
            throw new CommandRejectedException("This young person has no open panel case: refer them first.");
        }
        List<String> problems = new ArrayList<>();
        TextRules.requireId(c.discussionId(), "discussion id", problems);
        if (c.meetingId() != null) {
            TextRules.requireId(c.meetingId(), "meeting id", problems);
        }
        LocalDate referredOn = LocalDate.ofInstant(caseReferredAt, TextRules.UK);
        if (c.discussedOn() == null) {
            problems.add("Enter the date of the discussion.");
        } else if (c.discussedOn().isAfter(today)) {
            problems.add("The discussion cannot be recorded before the meeting has taken place.");
        } else if (c.discussedOn().isBefore(referredOn)) {
            problems.add("The discussion cannot be before the young person was referred (" + referredOn + ").");
        }
        if (c.riskLevel() == null) {
            problems.add("Choose the agreed risk level (low, medium or high).");
        }
        TextRules.requireText(c.rationale(), "Give the rationale for the risk level.", MAX_TEXT, problems);
        TextRules.optionalText(c.rationale(), "The rationale", MAX_TEXT, problems);
        if (c.exploitationTypes() != null && c.exploitationTypes().stream().anyMatch(java.util.Objects::isNull)) {
            problems.add("A type of exploitation is missing.");
        }
        List<String> places = cleanList(c.placesOfConcern(), "A place of concern", problems);
        List<String> peers = cleanList(c.peerGroupsOfConcern(), "A peer group of concern", problems);
        boolean closing = c.closureReason() != null;
        if (c.closureReason() == ClosureReason.MERGED) {
            problems.add(MERGED_IS_NOT_CHOSEN);
        }
        if (closing && c.nextReviewDate() != null) {
            problems.add("Give either the next review date or a closure reason, not both.");
        } else if (!closing && c.nextReviewDate() == null) {
            problems.add("Set the next review date, or close the case with a reason.");
        } else if (!closing && c.discussedOn() != null && !c.nextReviewDate().isAfter(c.discussedOn())) {
            problems.add("The next review date must be after the discussion.");
        } else if (!closing && c.discussedOn() != null && c.nextReviewDate().isAfter(c.discussedOn().plusYears(1))) {
            problems.add("The next review date must be within a year.");
        }
        TextRules.optionalText(c.closureNote(), "The closure note", MAX_TEXT, problems);
        List<PanelActionSpec> specs = c.actions() == null ? List.of() : c.actions();
        if (closing && !specs.isEmpty()) {
            problems.add("A case closed at this discussion cannot have new actions.");
        }
        checkActions(specs, c.discussedOn(), agencies, problems);
        TextRules.throwIfAny(problems);

        List<ExploitationType> types = c.exploitationTypes() == null || c.exploitationTypes().isEmpty()
                ? List.copyOf(caseTypes) : List.copyOf(new LinkedHashSet<>(c.exploitationTypes()));
        String caseId = openCaseId;
        apply(new YoungPersonDiscussedAtPanelEvent(childId, caseId, c.discussionId(), c.meetingId(), c.discussedOn(),
                discussed ? PanelDiscussionType.REVIEW : PanelDiscussionType.NEW, riskLevel, c.riskLevel(),
                c.rationale().strip(), types, places, peers, closing ? null : c.nextReviewDate(), caseReferredAt, by,
                now));
        for (PanelActionSpec a : specs) {
            apply(new PanelActionAgreedEvent(childId, caseId, a.actionId(), c.discussionId(), c.meetingId(),
                    a.heading(), a.description().strip(), a.ownerAgencyId(), a.dueDate(), c.discussedOn(), by, now));
        }
        if (closing) {
            apply(new PanelCaseClosedEvent(childId, caseId, c.closureReason(), strip(c.closureNote()), c.discussedOn(),
                    c.discussionId(), c.meetingId(), openActionIds(), by, now));
        }
    }

    private void checkActions(List<PanelActionSpec> specs, LocalDate discussedOn, KnownAgencies agencies,
                              List<String> problems) {
        if (specs.size() > MAX_ACTIONS) {
            problems.add("At most " + MAX_ACTIONS + " actions can be agreed at once.");
            return;
        }
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (PanelActionSpec a : specs) {
            n++;
            String which = "Action " + n + ": ";
            if (a == null) {
                problems.add(which + "it is empty.");
                continue;
            }
            if (a.actionId() == null || a.actionId().isBlank() || a.actionId().length() > TextRules.MAX_ID_LENGTH) {
                problems.add(which + "its id is missing or not valid.");
            } else if (!ids.add(a.actionId()) || actions.containsKey(a.actionId())) {
                problems.add(which + "its id is already used.");
            }
            if (a.heading() == null) {
                problems.add(which + "choose the heading (Prepare, Prevent, Protect or Pursue).");
            }
            if (a.description() == null || a.description().isBlank()) {
                problems.add(which + "describe what is to be done.");
            } else if (a.description().length() > MAX_TEXT) {
                problems.add(which + "the description must be at most " + MAX_TEXT + " characters.");
            }
            if (a.ownerAgencyId() == null || a.ownerAgencyId().isBlank()) {
                problems.add(which + "choose the owner agency.");
            } else if (!agencies.exists(a.ownerAgencyId())) {
                problems.add(which + "the owner agency " + a.ownerAgencyId() + " is not a registered agency.");
            }
            if (a.dueDate() == null) {
                problems.add(which + "enter the due date.");
            } else if (discussedOn != null && a.dueDate().isBefore(discussedOn)) {
                problems.add(which + "the due date cannot be before the discussion.");
            }
        }
    }

    void completeAction(String actionId, LocalDate completedOn, String outcome, RecordedBy by, Instant now,
                        LocalDate today) {
        ActionState action = actions.get(actionId);
        if (action == null) {
            throw new CommandRejectedException("There is no such panel action for this young person.");
        }
        if (!action.open()) {
            throw new CommandRejectedException("This action is already done, or was closed with the case.");
        }
        if (!action.ownerAgencyId().equals(by.agencyId())) {
            throw new CommandRejectedException("Only the owner agency (" + action.ownerAgencyId()
                    + ") can mark this action done.");
        }
        List<String> problems = new ArrayList<>();
        if (completedOn == null) {
            problems.add("Enter when the action was done.");
        } else if (completedOn.isAfter(today)) {
            problems.add("The date done cannot be in the future.");
        } else if (completedOn.isBefore(action.agreedOn())) {
            problems.add("The date done cannot be before the action was agreed (" + action.agreedOn() + ").");
        }
        TextRules.requireText(outcome, "Record the outcome of the action.", MAX_TEXT, problems);
        TextRules.optionalText(outcome, "The outcome", MAX_TEXT, problems);
        TextRules.throwIfAny(problems);
        apply(new PanelActionCompletedEvent(childId, action.caseId(), actionId, action.heading(),
                action.ownerAgencyId(), action.dueDate(), completedOn, !completedOn.isAfter(action.dueDate()),
                outcome.strip(), by, now));
    }

    void close(ClosureReason reason, String note, RecordedBy by, Instant now, LocalDate today) {
        if (openCaseId == null) {
            throw new CommandRejectedException("This young person has no open panel case.");
        }
        List<String> problems = new ArrayList<>();
        if (reason == null) {
            problems.add("Choose the reason for closing the case.");
        } else if (reason == ClosureReason.MERGED) {
            problems.add(MERGED_IS_NOT_CHOSEN);
        }
        TextRules.optionalText(note, "The closure note", MAX_TEXT, problems);
        TextRules.throwIfAny(problems);
        apply(new PanelCaseClosedEvent(childId, openCaseId, reason, strip(note), today, null, null, openActionIds(),
                by, now));
    }

    private List<String> openActionIds() {
        return actions.entrySet().stream().filter(e -> e.getValue().open() && e.getValue().caseId().equals(openCaseId))
                .map(Map.Entry::getKey).sorted().toList();
    }

    private static List<String> cleanList(List<String> items, String what, List<String> problems) {
        if (items == null) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String item : items) {
            if (item == null || item.isBlank()) {
                continue;
            }
            String s = item.strip();
            if (s.length() > MAX_SHORT_TEXT) {
                problems.add(what + " must be at most " + MAX_SHORT_TEXT + " characters.");
            } else if (TextRules.hasControlCharacters(s)) {
                problems.add(what + " contains control characters.");
            } else {
                out.add(s);
            }
        }
        if (out.size() > MAX_PLACES) {
            problems.add("Name at most " + MAX_PLACES + " in the list (" + what.toLowerCase() + ").");
        }
        return List.copyOf(out);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @EventSourcingHandler
    void on(PanelCaseOpenedEvent e) {
        recordId = PanelIds.recordOf(e.childId());
        childId = e.childId();
        caseNumber++;
        openCaseId = e.caseId();
        caseReferredAt = e.referredAt();
        riskLevel = e.riskLevel();
        discussed = false;
        caseTypes.clear();
        caseTypes.addAll(e.exploitationTypes());
        referralIds.add(e.panelReferralId());
        nextReviewDate = null;
        caseReferrals.clear();
        caseReferrals.add(new PanelCaseMergedInEvent.Referral(e.panelReferralId(), e.source(), e.sourceReference(),
                e.exploitationTypes(), e.riskLevel(), e.reason(), e.referredAt(), e.recordedBy().agencyId()));
    }

    @EventSourcingHandler
    void on(PanelReferralJoinedCaseEvent e) {
        caseTypes.addAll(e.exploitationTypes());
        referralIds.add(e.panelReferralId());
        caseReferrals.add(new PanelCaseMergedInEvent.Referral(e.panelReferralId(), e.source(), e.sourceReference(),
                e.exploitationTypes(), e.riskLevel(), e.reason(), e.referredAt(), e.recordedBy().agencyId()));
    }

    @EventSourcingHandler
    void on(PanelCaseMergedInEvent e) {
        recordId = PanelIds.recordOf(e.childId());
        childId = e.childId();
        if (e.openedTheCase()) {
            caseNumber++;
            openCaseId = e.caseId();
            caseTypes.clear();
            caseReferrals.clear();
        }
        caseReferredAt = e.caseReferredAt();
        riskLevel = e.riskLevel();
        discussed = e.discussed();
        nextReviewDate = e.nextReviewDate();
        caseTypes.addAll(e.exploitationTypes());
        for (PanelCaseMergedInEvent.Referral r : e.referrals()) {
            referralIds.add(r.panelReferralId());
            caseReferrals.add(r);
        }
        for (PanelCaseMergedInEvent.Action a : e.openActions()) {
            actions.putIfAbsent(a.actionId(), new ActionState(e.caseId(), a.heading(), a.description(),
                    a.ownerAgencyId(), a.dueDate(), a.agreedOn(), true));
        }
        mergedCases.put(e.duplicateCaseId(), e.caseId());
    }

    @EventSourcingHandler
    void on(YoungPersonDiscussedAtPanelEvent e) {
        discussed = true;
        riskLevel = e.riskLevel();
        nextReviewDate = e.nextReviewDate();
        caseTypes.addAll(e.exploitationTypes());
        discussionIds.add(e.discussionId());
    }

    @EventSourcingHandler
    void on(PanelActionAgreedEvent e) {
        actions.put(e.actionId(), new ActionState(e.caseId(), e.heading(), e.description(), e.ownerAgencyId(),
                e.dueDate(), e.agreedOn(), true));
    }

    @EventSourcingHandler
    void on(PanelActionCompletedEvent e) {
        actions.put(e.actionId(), actions.get(e.actionId()).closed());
    }

    @EventSourcingHandler
    void on(PanelCaseClosedEvent e) {
        for (String id : e.withdrawnActionIds()) {
            ActionState a = actions.get(id);
            if (a != null) {
                actions.put(id, a.closed());
            }
        }
        if (e.reason() == ClosureReason.MERGED) {
            // its open actions went with the case to the surviving record
            actions.replaceAll((id, a) -> a.open() && a.caseId().equals(e.caseId()) ? a.closed() : a);
        }
        openCaseId = null;
        riskLevel = null;
        nextReviewDate = null;
        caseReferrals.clear();
    }
}
