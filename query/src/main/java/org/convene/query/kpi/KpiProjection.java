package org.convene.query.kpi;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.convene.coordination.child.api.ChildRecordsMergedEvent;
import org.convene.coordination.panel.api.PanelCaseMergedInEvent;
import org.convene.coordination.child.api.ChildRegisteredEvent;
import org.convene.coordination.missing.api.ChildReturnedEvent;
import org.convene.coordination.missing.api.MissingEpisodeReportedEvent;
import org.convene.coordination.missing.api.ReturnInterviewOfferedEvent;
import org.convene.coordination.missing.api.ReturnInterviewOutcomeRecordedEvent;
import org.convene.coordination.panel.api.PanelActionAgreedEvent;
import org.convene.coordination.panel.api.PanelActionCompletedEvent;
import org.convene.coordination.panel.api.PanelCaseClosedEvent;
import org.convene.coordination.panel.api.YoungPersonDiscussedAtPanelEvent;
import org.convene.coordination.referral.api.ReferralReceivedEvent;
import org.convene.coordination.referral.api.ReferralWithdrawnEvent;
import org.convene.coordination.referral.api.ScreeningDecisionRecordedEvent;
import org.convene.coordination.referral.api.ScreeningDecisionRevisedEvent;
import org.convene.coordination.shared.api.WorkingDays;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The reporting read model (processing group {@code kpi}): compact fact rows in one document per
 * calendar month ({@code kpi_months}: referrals, missing episodes and returns, panel discussions
 * and actions), small per-child
 * documents ({@code kpi_children}) from which re-referrals and repeat missing are derived, and
 * locators ({@code kpi_locators}). Every read and write is by {@code _id}.
 *
 * <p>Idempotent and order-tolerant: a redelivered event replaces its own row or sets the same
 * value; re-referral and repeat flags are recomputed from the child's whole history whenever it
 * changes, so replaying the event store gives the same facts. It keeps its own child records
 * (another processing group's read model may be behind during a rebuild).
 */
@Component
@ProcessingGroup(KpiProjection.PROCESSING_GROUP)
class KpiProjection {

    static final String PROCESSING_GROUP = "kpi";
    static final Duration REPEAT_WINDOW = Duration.ofDays(90);
    static final int REPEAT_THRESHOLD = 3;
    private static final int MAX_REDIRECTS = 10;
    private static final String BATCH_MONTHS = KpiProjection.class.getName() + ".batchMonths";

    private final MongoTemplate mongo;

    KpiProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    static String monthOf(Instant at) {
        return YearMonth.from(ukDate(at)).toString();
    }

    static LocalDate ukDate(Instant at) {
        return LocalDate.ofInstant(at, WorkingDays.UK);
    }

    // ---------------------------------------------------------------- children

    @EventHandler
    void on(ChildRegisteredEvent event) {
        KpiChildDocument child = mongo.findById(event.childId(), KpiChildDocument.class);
        if (child == null) {
            child = KpiChildDocument.unknown(event.childId());
        }
        child.sex = event.sexCode();
        child.ethnicity = event.ethnicityCode();
        child.locality = event.locality();
        mongo.save(child);
    }

    @EventHandler
    void on(ChildRecordsMergedEvent event) {
        KpiChildDocument duplicate = child(event.duplicateChildId());
        String survivorId = currentId(event.survivingChildId());
        if (survivorId.equals(duplicate.childId)) {
            return;
        }
        KpiChildDocument survivor = child(survivorId);
        duplicate.mergedInto = survivorId;
        for (KpiChildDocument.ReferralRef ref : duplicate.referrals) {
            if (survivor.referrals.stream().noneMatch(r -> r.referralId.equals(ref.referralId))) {
                survivor.referrals.add(ref);
            }
            updateReferral(ref.month, ref.referralId, row -> {
                boolean survivorNamed = row.children.stream().anyMatch(c -> c.childId.equals(survivorId));
                if (survivorNamed) {
                    row.children.removeIf(c -> c.childId.equals(duplicate.childId));
                } else {
                    row.children.stream().filter(c -> c.childId.equals(duplicate.childId))
                            .forEach(c -> c.copyAttributes(survivor));
                }
            });
        }
        for (KpiChildDocument.EpisodeRef ref : duplicate.episodes) {
            if (survivor.episodes.stream().noneMatch(e -> e.episodeId.equals(ref.episodeId))) {
                survivor.episodes.add(ref);
            }
            KpiLocatorDocument locator = locator("episode:" + ref.episodeId);
            updateMonth(ref.month, m -> m.episodes.stream().filter(e -> e.episodeId.equals(ref.episodeId))
                    .forEach(e -> e.copyAttributes(survivor)));
            if (locator != null && locator.returnMonth != null) {
                updateMonth(locator.returnMonth, m -> m.returns.stream()
                        .filter(r -> r.episodeId.equals(ref.episodeId)).forEach(r -> r.copyAttributes(survivor)));
            }
        }
        for (KpiChildDocument.PanelRef ref : duplicate.panel) {
            if (survivor.panel.stream().noneMatch(p -> p.key.equals(ref.key))) {
                survivor.panel.add(ref);
            }
            updateMonth(ref.month, m -> {
                m.discussions.stream().filter(d -> ref.key.equals("discussion:" + d.discussionId))
                        .forEach(d -> d.copyAttributes(survivor));
                m.actions.stream().filter(a -> ref.key.equals("action:" + a.actionId))
                        .forEach(a -> a.copyAttributes(survivor));
            });
        }
        duplicate.referrals = new ArrayList<>();
        duplicate.episodes = new ArrayList<>();
        duplicate.panel = new ArrayList<>();
        mongo.save(duplicate);
        mongo.save(survivor);
        recomputeReReferrals(survivor);
        recomputeRepeats(survivor);
    }

    // ---------------------------------------------------------------- referrals

    @EventHandler
    void on(ReferralReceivedEvent event) {
        if (event.childIds().isEmpty()) {
            return; // the first release's referrals name no child record: not counted (docs/kpis.md)
        }
        String month = monthOf(event.receivedAt());
        List<KpiChildDocument> children = new ArrayList<>();
        Map<String, KpiChildDocument> byId = new LinkedHashMap<>();
        for (String id : event.childIds() == null ? List.<String>of() : event.childIds()) {
            KpiChildDocument c = child(currentId(id));
            byId.putIfAbsent(c.childId, c);
        }
        children.addAll(byId.values());
        KpiMonthDocument doc = month(month);
        ReferralFact row = rowOf(doc.rows, r -> r.referralId.equals(event.referralId()), ReferralFact::new,
                r -> r.referralId = event.referralId());
        row.receivedAt = event.receivedAt();
        row.sourceCode = event.sourceCode();
        row.type = event.type() == null ? null : event.type().name();
        row.dash = event.dashLevel() == null ? null : event.dashLevel().name();
        row.urgent = event.urgent();
        Map<String, Boolean> flags = new LinkedHashMap<>();
        row.children.forEach(c -> flags.put(c.childId, c.reReferral));
        row.children = new ArrayList<>();
        for (KpiChildDocument c : children) {
            ReferralFact.ChildFact fact = new ReferralFact.ChildFact(c);
            fact.reReferral = flags.getOrDefault(c.childId, false);
            row.children.add(fact);
        }
        save(doc);
        saveLocator("referral:" + event.referralId(), month);
        for (KpiChildDocument c : children) {
            if (c.referrals.stream().noneMatch(r -> r.referralId.equals(event.referralId()))) {
                KpiChildDocument.ReferralRef ref = new KpiChildDocument.ReferralRef();
                ref.referralId = event.referralId();
                ref.receivedAt = event.receivedAt();
                ref.month = month;
                ref.reReferral = flags.getOrDefault(c.childId, false);
                c.referrals.add(ref);
                mongo.save(c);
            }
            recomputeReReferrals(c);
        }
    }

    @EventHandler
    void on(ScreeningDecisionRecordedEvent event) {
        decision(event.referralId(), event.decision().response().name(), event.recordedAt(), true);
    }

    @EventHandler
    void on(ScreeningDecisionRevisedEvent event) {
        decision(event.referralId(), event.decision().response().name(), event.recordedAt(), false);
    }

    private void decision(String referralId, String response, Instant at, boolean first) {
        KpiLocatorDocument locator = locator("referral:" + referralId);
        if (locator == null) {
            return;
        }
        updateReferral(locator.month, referralId, row -> {
            if (first && (row.decidedAt == null || at.isBefore(row.decidedAt))) {
                row.decidedAt = at;
            }
            if (row.responseAt == null || !at.isBefore(row.responseAt)) {
                row.response = response;
                row.responseAt = at;
            }
        });
    }

    @EventHandler
    void on(ReferralWithdrawnEvent event) {
        KpiLocatorDocument locator = locator("referral:" + event.referralId());
        if (locator == null) {
            return;
        }
        List<String> childIds = new ArrayList<>();
        updateReferral(locator.month, event.referralId(), row -> {
            row.withdrawn = true;
            row.children.forEach(c -> childIds.add(c.childId));
        });
        for (String id : childIds) {
            KpiChildDocument c = child(currentId(id));
            c.referrals.stream().filter(r -> r.referralId.equals(event.referralId())).forEach(r -> r.withdrawn = true);
            mongo.save(c);
            recomputeReReferrals(c);
        }
    }

    /**
     * A referral is a re-referral for a child when the child's previous (not withdrawn) referral
     * was received on a UK date no more than 12 calendar months before it (docs/kpis.md).
     */
    private void recomputeReReferrals(KpiChildDocument child) {
        List<KpiChildDocument.ReferralRef> refs = new ArrayList<>(child.referrals);
        refs.sort(Comparator.comparing((KpiChildDocument.ReferralRef r) -> r.receivedAt)
                .thenComparing(r -> r.referralId));
        LocalDate previous = null;
        Map<String, List<KpiChildDocument.ReferralRef>> changedByMonth = new LinkedHashMap<>();
        for (KpiChildDocument.ReferralRef ref : refs) {
            boolean flag = false;
            if (!ref.withdrawn) {
                LocalDate date = ukDate(ref.receivedAt);
                flag = previous != null && !date.isAfter(previous.plusMonths(12));
                previous = date;
            }
            if (flag != ref.reReferral) {
                ref.reReferral = flag;
                changedByMonth.computeIfAbsent(ref.month, m -> new ArrayList<>()).add(ref);
            }
        }
        saveChangedFlags(child, changedByMonth, (doc, ref) -> doc.rows.stream()
                .filter(r -> r.referralId.equals(ref.referralId))
                .flatMap(r -> r.children.stream())
                .filter(c -> c.childId.equals(child.childId))
                .forEach(c -> c.reReferral = ref.reReferral));
    }

    /** Saves the child whose flags changed, and rewrites each changed flag in the rows of its month. */
    private <R> void saveChangedFlags(KpiChildDocument child, Map<String, List<R>> changedByMonth,
                                      BiConsumer<KpiMonthDocument, R> rewrite) {
        if (changedByMonth.isEmpty()) {
            return;
        }
        mongo.save(child);
        changedByMonth.forEach((month, changed) -> updateMonth(month, doc -> changed.forEach(
                ref -> rewrite.accept(doc, ref))));
    }

    // ---------------------------------------------------------------- missing

    @EventHandler
    void on(MissingEpisodeReportedEvent event) {
        String month = monthOf(event.lastSeenAt());
        KpiChildDocument child = child(currentId(event.childId()));
        KpiMonthDocument doc = month(month);
        EpisodeFact fact = rowOf(doc.episodes, e -> e.episodeId.equals(event.episodeId()), EpisodeFact::new,
                e -> e.episodeId = event.episodeId());
        fact.copyAttributes(child);
        fact.lastSeenAt = event.lastSeenAt();
        save(doc);
        KpiLocatorDocument locator = locator("episode:" + event.episodeId());
        if (locator == null) {
            locator = new KpiLocatorDocument();
            locator.key = "episode:" + event.episodeId();
        }
        locator.month = month;
        mongo.save(locator);
        if (child.episodes.stream().noneMatch(e -> e.episodeId.equals(event.episodeId()))) {
            KpiChildDocument.EpisodeRef ref = new KpiChildDocument.EpisodeRef();
            ref.episodeId = event.episodeId();
            ref.lastSeenAt = event.lastSeenAt();
            ref.month = month;
            ref.repeat = fact.repeat;
            child.episodes.add(ref);
            mongo.save(child);
        }
        recomputeRepeats(child);
    }

    @EventHandler
    void on(ChildReturnedEvent event) {
        KpiLocatorDocument locator = locator("episode:" + event.episodeId());
        if (locator == null) {
            return;
        }
        EpisodeFact[] episode = new EpisodeFact[1];
        updateMonth(locator.month, m -> m.episodes.stream().filter(e -> e.episodeId.equals(event.episodeId()))
                .forEach(e -> {
                    e.returnedAt = event.returnedAt();
                    episode[0] = e;
                }));
        if (episode[0] == null) {
            return;
        }
        String returnMonth = monthOf(event.returnedAt());
        if (locator.returnMonth != null && !locator.returnMonth.equals(returnMonth)) {
            updateMonth(locator.returnMonth, m -> m.returns.removeIf(r -> r.episodeId.equals(event.episodeId())));
        }
        updateMonth(returnMonth, m -> {
            ReturnFact fact = rowOf(m.returns, r -> r.episodeId.equals(event.episodeId()), ReturnFact::new,
                    r -> r.episodeId = event.episodeId());
            fact.copyAttributes(episode[0]);
            fact.returnedAt = event.returnedAt();
        });
        locator.returnMonth = returnMonth;
        mongo.save(locator);
    }

    @EventHandler
    void on(ReturnInterviewOfferedEvent event) {
        updateReturn(event.episodeId(), r -> {
            if (r.offeredAt == null || event.offeredAt().isBefore(r.offeredAt)) {
                r.offeredAt = event.offeredAt();
            }
        });
    }

    @EventHandler
    void on(ReturnInterviewOutcomeRecordedEvent event) {
        updateReturn(event.episodeId(), r -> {
            r.outcome = event.outcome().name();
            r.outcomeAt = event.happenedAt();
        });
    }

    /**
     * An episode is a repeat when at least two other episodes of the same child started within the
     * 90 days before it (so it is the third or later in 90 days).
     */
    private void recomputeRepeats(KpiChildDocument child) {
        List<KpiChildDocument.EpisodeRef> refs = new ArrayList<>(child.episodes);
        refs.sort(Comparator.comparing((KpiChildDocument.EpisodeRef e) -> e.lastSeenAt)
                .thenComparing(e -> e.episodeId));
        Map<String, List<KpiChildDocument.EpisodeRef>> changedByMonth = new LinkedHashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            KpiChildDocument.EpisodeRef ref = refs.get(i);
            Instant windowStart = ref.lastSeenAt.minus(REPEAT_WINDOW);
            int earlier = 0;
            for (int j = 0; j < i; j++) {
                if (!refs.get(j).lastSeenAt.isBefore(windowStart)) {
                    earlier++;
                }
            }
            boolean flag = earlier + 1 >= REPEAT_THRESHOLD;
            if (flag != ref.repeat) {
                ref.repeat = flag;
                changedByMonth.computeIfAbsent(ref.month, m -> new ArrayList<>()).add(ref);
            }
        }
        saveChangedFlags(child, changedByMonth, (doc, ref) -> doc.episodes.stream()
                .filter(e -> e.episodeId.equals(ref.episodeId)).forEach(e -> e.repeat = ref.repeat));
    }

    // ---------------------------------------------------------------- exploitation panel

    @EventHandler
    void on(YoungPersonDiscussedAtPanelEvent event) {
        String month = YearMonth.from(event.discussedOn()).toString();
        KpiChildDocument child = child(currentId(event.childId()));
        updateMonth(month, m -> {
            DiscussionFact fact = rowOf(m.discussions, d -> d.discussionId.equals(event.discussionId()),
                    DiscussionFact::new, d -> d.discussionId = event.discussionId());
            fact.caseId = event.caseId();
            fact.copyAttributes(child);
            fact.discussedOn = event.discussedOn();
            fact.type = event.discussionType() == null ? null : event.discussionType().name();
            fact.previousRisk = event.previousRiskLevel() == null ? null : event.previousRiskLevel().name();
            fact.risk = event.riskLevel() == null ? null : event.riskLevel().name();
            fact.caseReferredAt = event.caseReferredAt();
        });
        addPanelRef(child, "discussion:" + event.discussionId(), month);
    }

    @EventHandler
    void on(PanelActionAgreedEvent event) {
        String month = YearMonth.from(event.dueDate()).toString();
        KpiChildDocument child = child(currentId(event.childId()));
        updateMonth(month, m -> {
            ActionFact fact = rowOf(m.actions, a -> a.actionId.equals(event.actionId()), ActionFact::new,
                    a -> a.actionId = event.actionId());
            fact.caseId = event.caseId();
            fact.copyAttributes(child);
            fact.dueDate = event.dueDate();
        });
        saveLocator("action:" + event.actionId(), month);
        addPanelRef(child, "action:" + event.actionId(), month);
    }

    @EventHandler
    void on(PanelActionCompletedEvent event) {
        KpiLocatorDocument locator = locator("action:" + event.actionId());
        if (locator != null) {
            updateMonth(locator.month, m -> m.actions.stream().filter(a -> a.actionId.equals(event.actionId()))
                    .forEach(a -> a.completedOn = event.completedOn()));
        }
    }

    @EventHandler
    void on(PanelCaseClosedEvent event) {
        for (String actionId : event.withdrawnActionIds() == null ? List.<String>of() : event.withdrawnActionIds()) {
            KpiLocatorDocument locator = locator("action:" + actionId);
            if (locator != null) {
                updateMonth(locator.month, m -> m.actions.stream().filter(a -> a.actionId.equals(actionId))
                        .filter(a -> a.completedOn == null).forEach(a -> a.withdrawnOn = event.closedOn()));
            }
        }
    }

    /**
     * A merged record's open case came to the survivor: its open actions belong to the survivor's
     * case now (their child attributes followed at the merge). Its closure as merged withdraws no
     * action, and KPIs count no closures: a merge changes no figure.
     */
    @EventHandler
    void on(PanelCaseMergedInEvent event) {
        for (PanelCaseMergedInEvent.Action action : event.openActions()) {
            KpiLocatorDocument locator = locator("action:" + action.actionId());
            if (locator != null) {
                updateMonth(locator.month, m -> m.actions.stream().filter(a -> a.actionId.equals(action.actionId()))
                        .forEach(a -> a.caseId = event.caseId()));
            }
        }
    }

    private void addPanelRef(KpiChildDocument child, String key, String month) {
        if (child.panel.stream().noneMatch(p -> p.key.equals(key))) {
            KpiChildDocument.PanelRef ref = new KpiChildDocument.PanelRef();
            ref.key = key;
            ref.month = month;
            child.panel.add(ref);
            mongo.save(child);
        }
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(KpiMonthDocument.class);
        mongo.dropCollection(KpiChildDocument.class);
        mongo.dropCollection(KpiLocatorDocument.class);
    }

    // ---------------------------------------------------------------- storage

    private String currentId(String childId) {
        String id = childId;
        for (int i = 0; i < MAX_REDIRECTS; i++) {
            KpiChildDocument c = mongo.findById(id, KpiChildDocument.class);
            if (c == null || c.mergedInto == null) {
                return id;
            }
            id = c.mergedInto;
        }
        return id;
    }

    private KpiChildDocument child(String childId) {
        KpiChildDocument c = mongo.findById(childId, KpiChildDocument.class);
        return c == null ? KpiChildDocument.unknown(childId) : c;
    }

    private KpiLocatorDocument locator(String key) {
        return mongo.findById(key, KpiLocatorDocument.class);
    }

    /**
     * The month's facts. Within a batch of events (a catch-up or a rebuild handles up to 200 at a
     * time) each month is read once and written once, when the batch's last event has been handled
     * and before the processor records its position ({@link #writeMonthsAtTheEndOfTheBatch}): a
     * month holds hundreds of rows, and reading and rewriting it for every event was most of the
     * cost of a rebuild. Outside a batch (one event at a time) it is read and written every time.
     */
    private KpiMonthDocument month(String month) {
        Map<String, KpiMonthDocument> batch = batchMonths();
        return batch == null ? KpiMonthDocument.load(mongo, month)
                : batch.computeIfAbsent(month, m -> KpiMonthDocument.load(mongo, m));
    }

    private void save(KpiMonthDocument doc) {
        if (batchMonths() == null) {
            doc.save(mongo);
        }
    }

    private static Map<String, KpiMonthDocument> batchMonths() {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch)) {
            return null;
        }
        return batch.getOrComputeResource(BATCH_MONTHS, key -> new LinkedHashMap<String, KpiMonthDocument>());
    }

    /**
     * Writes the months changed by this batch after its last event, inside the batch's unit of
     * work: the tracking processor stores its token only after this, so a crash before it means
     * the batch is handled again (and a failure rolls the batch back).
     */
    @MessageHandlerInterceptor
    Object writeMonthsAtTheEndOfTheBatch(InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch
                && batch.isLastMessage()) {
            Map<String, KpiMonthDocument> months = batch.getResource(BATCH_MONTHS);
            if (months != null) {
                months.values().forEach(doc -> doc.save(mongo));
                months.clear();
            }
        }
        return result;
    }

    private void updateReferral(String month, String referralId, Consumer<ReferralFact> change) {
        KpiMonthDocument doc = month(month);
        doc.rows.stream().filter(r -> Objects.equals(r.referralId, referralId)).forEach(change);
        save(doc);
    }

    private void updateMonth(String month, Consumer<KpiMonthDocument> change) {
        KpiMonthDocument doc = month(month);
        change.accept(doc);
        save(doc);
    }

    /** The fact row an event is about, added if it is new (a redelivered event finds and updates its own row). */
    private static <T> T rowOf(List<T> rows, Predicate<T> isIt, Supplier<T> create, Consumer<T> identify) {
        for (T row : rows) {
            if (isIt.test(row)) {
                return row;
            }
        }
        T row = create.get();
        identify.accept(row);
        rows.add(row);
        return row;
    }

    private void saveLocator(String key, String month) {
        KpiLocatorDocument locator = new KpiLocatorDocument();
        locator.key = key;
        locator.month = month;
        mongo.save(locator);
    }

    private void updateReturn(String episodeId, Consumer<ReturnFact> change) {
        KpiLocatorDocument locator = locator("episode:" + episodeId);
        if (locator == null || locator.returnMonth == null) {
            return;
        }
        updateMonth(locator.returnMonth, m -> m.returns.stream().filter(r -> r.episodeId.equals(episodeId))
                .forEach(change));
    }
}
