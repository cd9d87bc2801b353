package org.convene.query.panel;

import org.convene.query.live.LiveProjection;
import org.convene.query.live.LiveUpdates;
import org.convene.query.live.Rows;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.convene.coordination.panel.api.PanelActionAgreedEvent;
import org.convene.coordination.panel.api.PanelActionCompletedEvent;
import org.convene.coordination.panel.api.PanelAgendaItemAddedEvent;
import org.convene.coordination.panel.api.PanelAgendaItemDeferredEvent;
import org.convene.coordination.panel.api.PanelCaseClosedEvent;
import org.convene.coordination.panel.api.PanelCaseMergedInEvent;
import org.convene.coordination.panel.api.PanelCaseOpenedEvent;
import org.convene.coordination.panel.api.PanelMeetingAttendanceRecordedEvent;
import org.convene.coordination.panel.api.PanelMeetingScheduledEvent;
import org.convene.coordination.panel.api.PanelReferralJoinedCaseEvent;
import org.convene.coordination.panel.api.YoungPersonDiscussedAtPanelEvent;
import org.convene.coordination.child.api.ChildRecordsMergedEvent;
import org.convene.coordination.referral.api.ReferralReceivedEvent;
import org.convene.coordination.shared.api.TextRules;
import org.convene.query.child.ChildDirectory;
import org.convene.query.child.api.ChildDetails;
import org.convene.query.panel.api.DriftFlag;
import org.convene.query.panel.api.FindOpenPanelCasesQuery;
import org.convene.query.panel.api.FindPanelAgendaQuery;
import org.convene.query.panel.api.FindPanelCaseQuery;
import org.convene.query.panel.api.FindPanelMeetingsQuery;
import org.convene.query.panel.api.PanelAgenda;
import org.convene.query.panel.api.PanelCaseDetails;
import org.convene.query.panel.api.PanelCaseSummary;
import org.convene.query.panel.api.PanelMeetingSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The exploitation panel's read side: each young person's case ({@code panel_cases}, by child id),
 * the open cases' ids ({@code panel_open_cases}, small, read whole), meetings
 * ({@code panel_meetings}) and each child's referral receipts ({@code panel_child_referrals}, for
 * the third-referral drift flag). Agendas and drift flags are worked out when read, against today.
 * Every list is keyed by its own id, so a redelivered event changes nothing twice; the
 * {@code panel} processing group can be rebuilt. Open views get the changed case, the open-case
 * list signal and the agendas of meetings not yet past.
 */
@Component
@ProcessingGroup(PanelProjection.PROCESSING_GROUP)
class PanelProjection extends LiveProjection {

    static final String PROCESSING_GROUP = "panel";
    static final int THIRD_REFERRAL_COUNT = 3;

    private final Clock clock;

    @Autowired
    PanelProjection(MongoTemplate mongo, QueryUpdateEmitter emitter, ChildDirectory children) {
        this(mongo, emitter, children, Clock.system(TextRules.UK));
    }

    PanelProjection(MongoTemplate mongo, QueryUpdateEmitter emitter, ChildDirectory children, Clock clock) {
        super(mongo, emitter, children);
        this.clock = clock;
    }

    // ---- events ------------------------------------------------------------------------------

    @EventHandler
    void on(ReferralReceivedEvent e) {
        for (String childId : e.childIds()) {
            PanelChildReferralsDocument doc = mongo.findById(childId, PanelChildReferralsDocument.class);
            List<PanelChildReferralsDocument.Received> list = doc == null ? new ArrayList<>()
                    : new ArrayList<>(doc.referrals());
            list.removeIf(r -> r.referralId().equals(e.referralId()));
            list.add(new PanelChildReferralsDocument.Received(e.referralId(), e.receivedAt()));
            mongo.save(new PanelChildReferralsDocument(childId, list));
            if (mongo.findById(childId, PanelOpenCaseDocument.class) != null) {
                changed(childId);
            }
        }
    }

    @EventHandler
    void on(PanelCaseOpenedEvent e, EventMessage<?> message) {
        PanelCaseDocument doc = opened(e.childId(), e.caseId());
        if (doc == null) {
            return;   // an earlier case's opening, redelivered
        }
        doc.referredAt = e.referredAt();
        if (doc.discussions.isEmpty()) {
            doc.riskLevel = e.riskLevel();
        }
        putReferral(doc, new PanelCaseDocument.Referral(e.panelReferralId(), e.source(), e.sourceReference(),
                e.exploitationTypes(), e.riskLevel(), e.reason(), e.referredAt(), e.recordedBy().agencyId(), true));
        addTypes(doc, e.exploitationTypes());
        saveOpened(doc, message);
    }

    /**
     * A merged record's open case came to the surviving record: joined its open case, or opened its
     * next case. The duplicate's discussions, places and peer groups (still on the duplicate's document:
     * its closure as merged comes next) are copied, so the survivor's case shows the whole history.
     */
    @EventHandler
    void on(PanelCaseMergedInEvent e, EventMessage<?> message) {
        PanelCaseDocument doc = e.openedTheCase() ? opened(e.childId(), e.caseId()) : current(e.childId(), e.caseId());
        if (doc == null) {
            return;   // an earlier case, redelivered (or, joined, not the case on record)
        }
        doc.referredAt = e.caseReferredAt();
        if (doc.discussions.stream().noneMatch(d -> d.recordedAt().isAfter(e.recordedAt()))) {
            doc.riskLevel = e.riskLevel();   // (a redelivery after a later discussion keeps that discussion's)
            doc.nextReviewDate = e.nextReviewDate();
        }
        String first = e.referrals().stream().min(Comparator.comparing(PanelCaseMergedInEvent.Referral::referredAt))
                .map(PanelCaseMergedInEvent.Referral::panelReferralId).orElse(null);
        for (PanelCaseMergedInEvent.Referral r : e.referrals()) {
            putReferral(doc, new PanelCaseDocument.Referral(r.panelReferralId(), r.source(), r.sourceReference(),
                    r.exploitationTypes(), r.riskLevel(), r.reason(), r.referredAt(), r.agencyId(),
                    e.openedTheCase() && r.panelReferralId().equals(first)));
        }
        addTypes(doc, e.exploitationTypes());
        for (PanelCaseMergedInEvent.Action a : e.openActions()) {
            if (doc.actions.stream().noneMatch(x -> x.actionId().equals(a.actionId()))) {
                doc.actions.add(new PanelCaseDocument.Action(a.actionId(), a.heading(), a.description(),
                        a.ownerAgencyId(), a.agreedOn(), a.dueDate(), "OPEN", null, null));
            }
        }
        PanelCaseDocument duplicate = mongo.findById(e.duplicateChildId(), PanelCaseDocument.class);
        if (duplicate != null && e.duplicateCaseId().equals(duplicate.caseId)) {
            for (PanelCaseDocument.Discussion d : duplicate.discussions) {
                if (doc.discussions.stream().noneMatch(x -> x.discussionId().equals(d.discussionId()))) {
                    doc.discussions.add(d);
                }
            }
            doc.discussions.sort(Comparator.comparing(PanelCaseDocument.Discussion::discussedOn)
                    .thenComparing(PanelCaseDocument.Discussion::recordedAt));
            doc.placesOfConcern = merge(doc.placesOfConcern, duplicate.placesOfConcern);
            doc.peerGroupsOfConcern = merge(doc.peerGroupsOfConcern, duplicate.peerGroupsOfConcern);
        }
        saveOpened(doc, message);
    }

    /** The duplicate's referral receipts count for the survivor (the third-referral drift flag). */
    @EventHandler
    void on(ChildRecordsMergedEvent e) {
        PanelChildReferralsDocument duplicate = mongo.findById(e.duplicateChildId(), PanelChildReferralsDocument.class);
        if (duplicate == null || e.duplicateChildId().equals(e.survivingChildId())) {
            return;
        }
        PanelChildReferralsDocument survivor = mongo.findById(e.survivingChildId(), PanelChildReferralsDocument.class);
        List<PanelChildReferralsDocument.Received> list = survivor == null ? new ArrayList<>()
                : new ArrayList<>(survivor.referrals());
        for (PanelChildReferralsDocument.Received r : duplicate.referrals()) {
            if (list.stream().noneMatch(x -> x.referralId().equals(r.referralId()))) {
                list.add(r);
            }
        }
        mongo.save(new PanelChildReferralsDocument(e.survivingChildId(), list));
        if (mongo.findById(e.survivingChildId(), PanelOpenCaseDocument.class) != null) {
            changed(e.survivingChildId());
        }
    }

    @EventHandler
    void on(PanelReferralJoinedCaseEvent e, EventMessage<?> message) {
        changeCase(e.childId(), e.caseId(), message, doc -> {
            putReferral(doc, new PanelCaseDocument.Referral(e.panelReferralId(), e.source(), e.sourceReference(),
                    e.exploitationTypes(), e.riskLevel(), e.reason(), e.referredAt(), e.recordedBy().agencyId(),
                    false));
            addTypes(doc, e.exploitationTypes());
        }, () -> { });
    }

    @EventHandler
    void on(YoungPersonDiscussedAtPanelEvent e, EventMessage<?> message) {
        changeCase(e.childId(), e.caseId(), message, doc -> {
            doc.discussions.removeIf(d -> d.discussionId().equals(e.discussionId()));
            doc.discussions.add(new PanelCaseDocument.Discussion(e.discussionId(), e.meetingId(), e.discussedOn(),
                    e.discussionType(), e.previousRiskLevel(), e.riskLevel(), e.rationale(), e.nextReviewDate(),
                    e.recordedAt()));
            doc.discussions.sort(Comparator.comparing(PanelCaseDocument.Discussion::discussedOn)
                    .thenComparing(PanelCaseDocument.Discussion::recordedAt));
            PanelCaseDocument.Discussion latest = doc.discussions.get(doc.discussions.size() - 1);
            doc.riskLevel = latest.riskLevel();
            doc.nextReviewDate = latest.nextReviewDate();
            addTypes(doc, e.exploitationTypes());
            doc.placesOfConcern = merge(doc.placesOfConcern, e.placesOfConcern());
            doc.peerGroupsOfConcern = merge(doc.peerGroupsOfConcern, e.peerGroupsOfConcern());
        }, () -> changeMeeting(e.meetingId(), meeting -> {
            boolean closed = meeting.discussed.stream().anyMatch(o -> o.childId().equals(e.childId()) && o.closed());
            meeting.discussed.removeIf(o -> o.childId().equals(e.childId()));
            meeting.discussed.add(new PanelMeetingDocument.Outcome(e.childId(), e.discussionId(), e.riskLevel(),
                    closed));
        }));
    }

    @EventHandler
    void on(PanelActionAgreedEvent e, EventMessage<?> message) {
        PanelCaseDocument doc = current(e.childId(), e.caseId());
        if (doc == null || doc.actions.stream().anyMatch(a -> a.actionId().equals(e.actionId()))) {
            return;
        }
        doc.actions.add(new PanelCaseDocument.Action(e.actionId(), e.heading(), e.description(), e.ownerAgencyId(),
                e.agreedOn(), e.dueDate(), "OPEN", null, null));
        doc.version = versionAfter(doc.version, message);
        mongo.save(doc);
        changed(e.childId());
    }

    @EventHandler
    void on(PanelActionCompletedEvent e, EventMessage<?> message) {
        changeCase(e.childId(), e.caseId(), message, doc -> doc.actions.replaceAll(a ->
                a.actionId().equals(e.actionId()) ? new PanelCaseDocument.Action(a.actionId(), a.heading(),
                        a.description(), a.ownerAgencyId(), a.agreedOn(), a.dueDate(), "DONE", e.completedOn(),
                        e.outcome()) : a), () -> { });
    }

    @EventHandler
    void on(PanelCaseClosedEvent e, EventMessage<?> message) {
        changeCase(e.childId(), e.caseId(), message, doc -> {
            doc.open = false;
            doc.nextReviewDate = null;
            doc.closure = new PanelCaseDocument.Closure(e.caseId(), doc.referredAt, e.closedOn(), e.reason(),
                    e.note());
            doc.actions.replaceAll(a -> e.withdrawnActionIds().contains(a.actionId()) && "OPEN".equals(a.status())
                    ? new PanelCaseDocument.Action(a.actionId(), a.heading(), a.description(), a.ownerAgencyId(),
                    a.agreedOn(), a.dueDate(), "WITHDRAWN", null, null) : a);
        }, () -> {
            mongo.remove(new PanelOpenCaseDocument(e.childId()));
            changeMeeting(e.meetingId(), meeting -> meeting.discussed.replaceAll(o -> o.childId().equals(e.childId())
                    ? new PanelMeetingDocument.Outcome(o.childId(), o.discussionId(), o.riskLevel(), true) : o));
        });
    }

    @EventHandler
    void on(PanelMeetingScheduledEvent e) {
        PanelMeetingDocument doc = mongo.findById(e.meetingId(), PanelMeetingDocument.class);
        if (doc == null) {
            doc = new PanelMeetingDocument();
            doc.meetingId = e.meetingId();
        }
        doc.meetingDate = e.meetingDate();
        doc.startTime = e.startTime();
        doc.chairName = e.chairName();
        doc.location = e.location();
        mongo.save(doc);
        PanelMeetingDocument saved = doc;
        LiveUpdates.emit(updateEmitter, FindPanelMeetingsQuery.class, q -> true, () -> summary(saved));
        emitAgenda(doc);
    }

    @EventHandler
    void on(PanelAgendaItemAddedEvent e) {
        Rows.change(mongo, e.meetingId(), PanelMeetingDocument.class, doc -> {
            doc.added.removeIf(n -> n.childId().equals(e.childId()));
            doc.added.add(new PanelMeetingDocument.ChildNote(e.childId(), e.reason()));
            doc.deferred.removeIf(n -> n.childId().equals(e.childId()));
        }, this::emitAgenda);
    }

    @EventHandler
    void on(PanelAgendaItemDeferredEvent e) {
        Rows.change(mongo, e.meetingId(), PanelMeetingDocument.class, doc -> {
            doc.deferred.removeIf(n -> n.childId().equals(e.childId()));
            doc.deferred.add(new PanelMeetingDocument.ChildNote(e.childId(), e.reason()));
        }, this::emitAgenda);
    }

    @EventHandler
    void on(PanelMeetingAttendanceRecordedEvent e) {
        Rows.change(mongo, e.meetingId(), PanelMeetingDocument.class, doc -> {
            doc.agenciesPresent = new ArrayList<>(e.agenciesPresent());
            doc.apologies = new ArrayList<>(e.apologies());
        }, this::emitAgenda);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(PanelCaseDocument.class);
        mongo.dropCollection(PanelOpenCaseDocument.class);
        mongo.dropCollection(PanelMeetingDocument.class);
        mongo.dropCollection(PanelChildReferralsDocument.class);
    }

    // ---- queries -----------------------------------------------------------------------------

    @QueryHandler
    List<PanelCaseSummary> handle(FindOpenPanelCasesQuery query) {
        LocalDate today = LocalDate.now(clock);
        return openCases().stream().map(doc -> toSummary(doc, today)).sorted(SUMMARY_ORDER).toList();
    }

    @QueryHandler
    PanelCaseDetails handle(FindPanelCaseQuery query) {
        if (query.childId() == null) {
            return null;
        }
        PanelCaseDocument doc = mongo.findById(children.currentIdOf(query.childId()), PanelCaseDocument.class);
        if (doc == null) {
            doc = mongo.findById(query.childId(), PanelCaseDocument.class);
        }
        return doc == null ? null : toDetails(doc, LocalDate.now(clock));
    }

    @QueryHandler
    List<PanelMeetingSummary> handle(FindPanelMeetingsQuery query) {
        return mongo.findAll(PanelMeetingDocument.class).stream().map(PanelProjection::summary)
                .sorted(Comparator.comparing(PanelMeetingSummary::meetingDate).reversed()
                        .thenComparing(PanelMeetingSummary::meetingId))
                .toList();
    }

    @QueryHandler
    PanelAgenda handle(FindPanelAgendaQuery query) {
        if (query.meetingId() == null) {
            return null;
        }
        PanelMeetingDocument meeting = mongo.findById(query.meetingId(), PanelMeetingDocument.class);
        return meeting == null ? null : agenda(meeting, openCases(), LocalDate.now(clock));
    }

    // ---- agenda and drift --------------------------------------------------------------------

    /** Drifting first, then highest risk, then the soonest review, then name. */
    static final Comparator<PanelCaseSummary> SUMMARY_ORDER = Comparator
            .comparing((PanelCaseSummary s) -> s.driftFlags().isEmpty())
            .thenComparing(s -> s.riskLevel() == null ? -1 : s.riskLevel().ordinal(), Comparator.reverseOrder())
            .thenComparing(PanelCaseSummary::nextReviewDate, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(PanelCaseSummary::childName, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PanelCaseSummary::childId);

    private PanelAgenda agenda(PanelMeetingDocument meeting, List<PanelCaseDocument> open, LocalDate today) {
        Map<String, PanelCaseDocument> byChild = open.stream()
                .collect(Collectors.toMap(d -> d.childId, Function.identity(), (a, b) -> a));
        Set<String> deferred = meeting.deferred.stream().map(PanelMeetingDocument.ChildNote::childId)
                .collect(Collectors.toSet());
        Map<String, PanelMeetingDocument.Outcome> outcomes = meeting.discussed.stream()
                .collect(Collectors.toMap(PanelMeetingDocument.Outcome::childId, Function.identity(), (a, b) -> b));
        List<PanelAgenda.Item> items = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        // young people discussed at this meeting stay on its agenda, whatever happened since
        for (PanelMeetingDocument.Outcome outcome : meeting.discussed) {
            PanelCaseDocument doc = byChild.get(outcome.childId());
            if (doc == null) {
                doc = mongo.findById(outcome.childId(), PanelCaseDocument.class);
            }
            if (doc != null && listed.add(outcome.childId())) {
                items.add(item(doc, reasonAtMeeting(doc, meeting, outcome), noteOf(meeting, doc.childId), today,
                        outcome));
            }
        }
        for (PanelCaseDocument doc : open) {
            if (listed.contains(doc.childId) || deferred.contains(doc.childId)) {
                continue;
            }
            boolean added = meeting.added.stream().anyMatch(n -> n.childId().equals(doc.childId));
            boolean isNew = doc.discussions.isEmpty() && doc.referredAt != null
                    && !LocalDate.ofInstant(doc.referredAt, TextRules.UK).isAfter(meeting.meetingDate);
            boolean due = doc.nextReviewDate != null && !doc.nextReviewDate.isAfter(meeting.meetingDate);
            if (isNew || due || added) {
                listed.add(doc.childId);
                PanelAgenda.Reason reason = isNew ? PanelAgenda.Reason.NEW_REFERRAL
                        : due ? PanelAgenda.Reason.REVIEW_DUE : PanelAgenda.Reason.ADDED_BY_CHAIR;
                items.add(item(doc, reason, noteOf(meeting, doc.childId), today, outcomes.get(doc.childId)));
            }
        }
        items.sort(Comparator.comparing((PanelAgenda.Item i) -> i.reason().ordinal())
                .thenComparing(i -> i.riskLevel() == null ? -1 : i.riskLevel().ordinal(), Comparator.reverseOrder())
                .thenComparing(PanelAgenda.Item::childName, Comparator.nullsLast(Comparator.naturalOrder())));
        List<PanelAgenda.Deferred> deferredItems = meeting.deferred.stream()
                .map(n -> new PanelAgenda.Deferred(n.childId(), nameOf(n.childId()), n.note())).toList();
        return new PanelAgenda(summary(meeting), items, deferredItems, List.copyOf(meeting.agenciesPresent),
                List.copyOf(meeting.apologies));
    }

    private static PanelAgenda.Reason reasonAtMeeting(PanelCaseDocument doc, PanelMeetingDocument meeting,
                                                      PanelMeetingDocument.Outcome outcome) {
        boolean firstDiscussion = doc.discussions.stream()
                .anyMatch(d -> d.discussionId().equals(outcome.discussionId())
                        && d.type() == org.convene.coordination.panel.api.PanelDiscussionType.NEW);
        if (firstDiscussion) {
            return PanelAgenda.Reason.NEW_REFERRAL;
        }
        return meeting.added.stream().anyMatch(n -> n.childId().equals(doc.childId))
                ? PanelAgenda.Reason.ADDED_BY_CHAIR : PanelAgenda.Reason.REVIEW_DUE;
    }

    private static String noteOf(PanelMeetingDocument meeting, String childId) {
        return meeting.added.stream().filter(n -> n.childId().equals(childId)).map(PanelMeetingDocument.ChildNote::note)
                .findFirst().orElse(null);
    }

    private PanelAgenda.Item item(PanelCaseDocument doc, PanelAgenda.Reason reason, String note, LocalDate today,
                                  PanelMeetingDocument.Outcome outcome) {
        ChildDetails child = children.find(doc.childId).orElse(null);
        return new PanelAgenda.Item(doc.childId, child == null ? doc.childId : child.fullName(),
                child == null ? null : child.dateOfBirth(), reason, note, doc.riskLevel, doc.nextReviewDate,
                drift(doc, today), outcome != null, outcome == null ? null : outcome.riskLevel(),
                outcome != null && outcome.closed(), doc.version);
    }

    Set<DriftFlag> drift(PanelCaseDocument doc, LocalDate today) {
        Set<DriftFlag> flags = EnumSet.noneOf(DriftFlag.class);
        if (!doc.open) {
            return flags;
        }
        if (doc.nextReviewDate != null && doc.nextReviewDate.isBefore(today)) {
            flags.add(DriftFlag.REVIEW_OVERDUE);
        }
        if (doc.actions.stream().anyMatch(a -> overdue(a, today))) {
            flags.add(DriftFlag.ACTIONS_OVERDUE);
        }
        if (referralsInLast12Months(doc.childId, today) >= THIRD_REFERRAL_COUNT) {
            flags.add(DriftFlag.THIRD_REFERRAL_IN_12_MONTHS);
        }
        return flags;
    }

    private static boolean overdue(PanelCaseDocument.Action a, LocalDate today) {
        return "OPEN".equals(a.status()) && a.dueDate() != null && a.dueDate().isBefore(today);
    }

    /** Referrals received in the twelve months up to and including today. */
    private int referralsInLast12Months(String childId, LocalDate today) {
        PanelChildReferralsDocument doc = mongo.findById(childId, PanelChildReferralsDocument.class);
        if (doc == null) {
            return 0;
        }
        Instant from = today.minusMonths(12).atStartOfDay(TextRules.UK).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(TextRules.UK).toInstant();
        return (int) doc.referrals().stream()
                .filter(r -> !r.receivedAt().isBefore(from) && r.receivedAt().isBefore(to)).count();
    }

    // ---- helpers -----------------------------------------------------------------------------

    private List<PanelCaseDocument> openCases() {
        List<PanelCaseDocument> out = new ArrayList<>();
        for (PanelOpenCaseDocument open : mongo.findAll(PanelOpenCaseDocument.class)) {
            PanelCaseDocument doc = mongo.findById(open.childId(), PanelCaseDocument.class);
            if (doc != null && doc.open) {
                out.add(doc);
            }
        }
        return out;
    }

    private PanelCaseSummary toSummary(PanelCaseDocument doc, LocalDate today) {
        ChildDetails child = children.find(doc.childId).orElse(null);
        LocalDate last = doc.discussions.isEmpty() ? null
                : doc.discussions.get(doc.discussions.size() - 1).discussedOn();
        int open = (int) doc.actions.stream().filter(a -> "OPEN".equals(a.status())).count();
        int overdue = (int) doc.actions.stream().filter(a -> overdue(a, today)).count();
        return new PanelCaseSummary(doc.childId, child == null ? doc.childId : child.fullName(),
                child == null ? null : child.dateOfBirth(), doc.caseId, doc.riskLevel,
                List.copyOf(doc.exploitationTypes), doc.referredAt, last, doc.nextReviewDate, open, overdue,
                drift(doc, today));
    }

    private PanelCaseDetails toDetails(PanelCaseDocument doc, LocalDate today) {
        ChildDetails child = children.find(doc.childId).orElse(null);
        List<PanelCaseDetails.RiskChange> history = new ArrayList<>();
        doc.referrals.stream().filter(PanelCaseDocument.Referral::openedTheCase).findFirst()
                .filter(r -> r.riskLevel() != null)
                .ifPresent(r -> history.add(new PanelCaseDetails.RiskChange(
                        LocalDate.ofInstant(r.referredAt(), TextRules.UK), r.riskLevel(), "Referral", r.reason())));
        for (PanelCaseDocument.Discussion d : doc.discussions) {
            history.add(new PanelCaseDetails.RiskChange(d.discussedOn(), d.riskLevel(),
                    "Panel (" + d.type().label().toLowerCase() + ")", d.rationale()));
        }
        return new PanelCaseDetails(doc.childId, child == null ? doc.childId : child.fullName(),
                child == null ? null : child.dateOfBirth(), doc.caseId, doc.open, doc.riskLevel,
                List.copyOf(doc.exploitationTypes), doc.referredAt, doc.nextReviewDate,
                doc.referrals.stream().sorted(Comparator.comparing(PanelCaseDocument.Referral::referredAt))
                        .map(r -> new PanelCaseDetails.Referral(r.panelReferralId(), r.source(), r.sourceReference(),
                                List.copyOf(r.exploitationTypes()), r.riskLevel(), r.reason(), r.referredAt(),
                                r.agencyId(), r.openedTheCase())).toList(),
                history,
                doc.discussions.stream().map(d -> new PanelCaseDetails.Discussion(d.discussionId(), d.meetingId(),
                        d.discussedOn(), d.type(), d.previousRiskLevel(), d.riskLevel(), d.rationale(),
                        d.nextReviewDate())).toList(),
                doc.actions.stream().sorted(Comparator.comparing(PanelCaseDocument.Action::heading)
                                .thenComparing(PanelCaseDocument.Action::dueDate))
                        .map(a -> new PanelCaseDetails.Action(a.actionId(), a.heading(), a.description(),
                                a.ownerAgencyId(), a.agreedOn(), a.dueDate(), a.status(), a.completedOn(),
                                a.outcome(), overdue(a, today))).toList(),
                List.copyOf(doc.placesOfConcern), List.copyOf(doc.peerGroupsOfConcern),
                doc.closure == null ? null : closure(doc.closure),
                doc.previousCases.stream().map(PanelProjection::closure).toList(),
                referralsInLast12Months(doc.childId, today), drift(doc, today), doc.version);
    }

    private static PanelCaseDetails.Closure closure(PanelCaseDocument.Closure c) {
        return new PanelCaseDetails.Closure(c.caseId(), c.referredAt(), c.closedOn(), c.reason(), c.note());
    }

    private static PanelMeetingSummary summary(PanelMeetingDocument m) {
        return new PanelMeetingSummary(m.meetingId, m.meetingDate, m.startTime, m.chairName, m.location,
                m.discussed.size());
    }

    private String nameOf(String childId) {
        return children.find(childId).map(ChildDetails::fullName).orElse(childId);
    }


    /** A new case for the child: the latest case's closure joins the previous cases. */
    private static PanelCaseDocument freshCase(PanelCaseDocument doc) {
        String earlierCaseId = doc.caseId;
        if (doc.closure != null && doc.previousCases.stream().noneMatch(c -> c.caseId().equals(earlierCaseId))) {
            doc.previousCases.add(doc.closure);
        }
        PanelCaseDocument fresh = new PanelCaseDocument();
        fresh.childId = doc.childId;
        fresh.previousCases = doc.previousCases;
        return fresh;
    }

    /**
     * The child's document with this case opened on it: a new document, the same case again (a
     * redelivery), or a fresh case after the earlier ones; null for an earlier case, redelivered.
     */
    private PanelCaseDocument opened(String childId, String caseId) {
        PanelCaseDocument doc = mongo.findById(childId, PanelCaseDocument.class);
        int number = caseNumber(caseId);
        if (doc != null && number < doc.caseNumber) {
            return null;
        }
        if (doc == null) {
            doc = new PanelCaseDocument();
            doc.childId = childId;
        }
        if (number > doc.caseNumber) {
            doc = freshCase(doc);
        }
        doc.caseId = caseId;
        doc.caseNumber = number;
        doc.open = doc.closure == null;
        return doc;
    }

    /** Stores a case opened or joined by a merge: its document, and its place on the open-case list while open. */
    private void saveOpened(PanelCaseDocument doc, EventMessage<?> message) {
        doc.version = versionAfter(doc.version, message);
        mongo.save(doc);
        if (doc.open) {
            mongo.save(new PanelOpenCaseDocument(doc.childId));
        }
        changed(doc.childId);
    }

    /**
     * The step the case handlers share: the child's case, if {@code caseId} is the case on record (an
     * event about another case changes nothing), changed, marked with the event and saved; then
     * {@code alsoChange} updates the other documents the event touches, and the open views are told.
     */
    private void changeCase(String childId, String caseId, EventMessage<?> message,
                            Consumer<PanelCaseDocument> change, Runnable alsoChange) {
        PanelCaseDocument doc = current(childId, caseId);
        if (doc == null) {
            return;
        }
        change.accept(doc);
        doc.version = versionAfter(doc.version, message);
        mongo.save(doc);
        alsoChange.run();
        changed(childId);
    }

    /** Changes and saves the meeting the event names, if it names one and the meeting is on record. */
    private void changeMeeting(String meetingId, Consumer<PanelMeetingDocument> change) {
        if (meetingId != null) {
            Rows.change(mongo, meetingId, PanelMeetingDocument.class, change, saved -> { });
        }
    }

    private PanelCaseDocument current(String childId, String caseId) {
        PanelCaseDocument doc = mongo.findById(childId, PanelCaseDocument.class);
        return doc == null || !caseId.equals(doc.caseId) ? null : doc;
    }

    private static void putReferral(PanelCaseDocument doc, PanelCaseDocument.Referral referral) {
        doc.referrals.removeIf(r -> r.panelReferralId().equals(referral.panelReferralId()));
        doc.referrals.add(referral);
    }

    private static void addTypes(PanelCaseDocument doc, List<org.convene.coordination.panel.api.ExploitationType> types) {
        LinkedHashSet<org.convene.coordination.panel.api.ExploitationType> all = new LinkedHashSet<>(doc.exploitationTypes);
        all.addAll(types);
        doc.exploitationTypes = new ArrayList<>(all);
    }

    private static List<String> merge(List<String> known, List<String> more) {
        LinkedHashSet<String> all = new LinkedHashSet<>(known);
        all.addAll(more);
        return new ArrayList<>(all);
    }

    private static int caseNumber(String caseId) {
        return Integer.parseInt(caseId.substring(caseId.lastIndexOf(':') + 1));
    }

    /** Tells open views: the case changed (its page, the open-case list, agendas not yet past). */
    private void changed(String childId) {
        boolean caseWatched = LiveUpdates.watched(updateEmitter, FindPanelCaseQuery.class)
                || LiveUpdates.watched(updateEmitter, FindOpenPanelCasesQuery.class);
        if (!caseWatched && !LiveUpdates.watched(updateEmitter, FindPanelAgendaQuery.class)) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        PanelCaseDocument doc = caseWatched ? mongo.findById(childId, PanelCaseDocument.class) : null;
        if (doc != null) {
            PanelCaseDetails details = toDetails(doc, today);
            updateEmitter.emit(FindPanelCaseQuery.class, q -> childId.equals(q.childId()), details);
            updateEmitter.emit(FindOpenPanelCasesQuery.class, q -> true, toSummary(doc, today));
        }
        for (PanelMeetingDocument meeting : mongo.findAll(PanelMeetingDocument.class)) {
            if (!meeting.meetingDate.isBefore(today.minusDays(7))) {
                emitAgenda(meeting);
            }
        }
    }

    private void emitAgenda(PanelMeetingDocument meeting) {
        if (!LiveUpdates.watched(updateEmitter, FindPanelAgendaQuery.class)) {
            return;
        }
        updateEmitter.emit(FindPanelAgendaQuery.class, q -> meeting.meetingId.equals(q.meetingId()),
                agenda(meeting, openCases(), LocalDate.now(clock)));
    }
}
