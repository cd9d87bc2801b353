package org.convene.infra.deadline;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.deadline.AbstractDeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.ScopeAwareProvider;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.UnknownSerializedType;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

/**
 * A deadline manager whose deadlines live in MongoDB, so a clock such as "return interview within
 * 72 hours" survives a restart of the application (Axon's SimpleDeadlineManager keeps them in
 * memory). Pending deadlines are a small working set: one document each, deleted when it has fired
 * or is cancelled.
 *
 * <p>Each deadline fires <em>at least once</em> (decision 0019):
 * <ul>
 *   <li>A due deadline is <b>claimed</b> with one {@code findOneAndUpdate} that sets this instance as
 *       its {@code owner} and a lease ({@code leaseUntil}); only one instance holds a lease at a
 *       time, and the lease is extended while the deadline is being handled.</li>
 *   <li>It is <b>deleted only after its unit of work has committed</b> (the saga's command sent, the
 *       saga stored). A process that dies while firing leaves the document behind; when the lease
 *       runs out any instance claims it again and fires it again (handlers are idempotent).</li>
 *   <li>A handler that <b>fails</b> releases the deadline with a back-off before the next attempt
 *       (doubling from {@code retryFirst} up to {@code retryMax}); the attempts and the last error
 *       are kept on the document.</li>
 *   <li>A deadline whose payload, meta-data or scope <b>cannot be read</b> (a class renamed, a
 *       corrupt document) can never fire: it is <b>dead-lettered</b>, moved to the
 *       {@code dead_deadlines} collection with the error, logged at ERROR, counted by
 *       {@link #deadLettered()}, and put back with {@link #retryDeadLettered(String)} after a fix.</li>
 * </ul>
 * {@code leaseUntil} doubles as "not before": after a failure it holds the time of the next attempt.
 */
public class MongoDeadlineManager extends AbstractDeadlineManager {

    private static final Logger log = LoggerFactory.getLogger(MongoDeadlineManager.class);
    /** How many deadlines one poll fires at most (the rest wait for the next poll). */
    static final int MAX_PER_POLL = 100;

    /** Timings: how often to poll, how long a claim lasts, and the back-off after a failure. */
    public record Timings(Duration pollInterval, Duration lease, Duration retryFirst, Duration retryMax) {
        public static Timings defaults() {
            return new Timings(Duration.ofSeconds(1), Duration.ofMinutes(2), Duration.ofSeconds(30),
                    Duration.ofHours(1));
        }
    }

    private final Supplier<MongoCollection<Document>> deadlines;
    private final Supplier<MongoCollection<Document>> deadLetters;
    private final ScopeAwareProvider scopeAwareProvider;
    private final Serializer serializer;
    private final TransactionManager transactionManager;
    private final Timings timings;
    private final String owner;
    private final Set<String> firing = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService poller;

    /**
     * @param deadlines   the pending deadlines (a supplier: on a replica set the collection is bound
     *                    to the unit of work's MongoDB transaction when there is one)
     * @param deadLetters deadlines that cannot be read, kept with their error
     */
    public MongoDeadlineManager(Supplier<MongoCollection<Document>> deadlines,
                                Supplier<MongoCollection<Document>> deadLetters,
                                ScopeAwareProvider scopeAwareProvider, Serializer serializer,
                                TransactionManager transactionManager, Timings timings) {
        this.deadlines = deadlines;
        this.deadLetters = deadLetters;
        this.scopeAwareProvider = scopeAwareProvider;
        this.serializer = serializer;
        this.transactionManager = transactionManager;
        this.timings = timings;
        this.owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    }

    public synchronized void start() {
        if (poller == null) {
            poller = Executors.newScheduledThreadPool(2, r -> {
                Thread t = new Thread(r, "deadline-poller");
                t.setDaemon(true);
                return t;
            });
            poller.scheduleWithFixedDelay(this::fireDueDeadlinesSafely, 0, timings.pollInterval().toMillis(),
                    TimeUnit.MILLISECONDS);
            long renew = Math.max(1, timings.lease().toMillis() / 3);
            poller.scheduleWithFixedDelay(this::extendLeasesSafely, renew, renew, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void shutdown() {
        if (poller != null) {
            poller.shutdown();
            try {
                poller.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            poller = null;
        }
    }

    /** This instance's name in the {@code owner} field of the deadlines it has claimed. */
    public String owner() {
        return owner;
    }

    @Override
    public String schedule(Instant triggerDateTime, String deadlineName, Object messageOrPayload,
                           ScopeDescriptor deadlineScope) {
        DeadlineMessage<Object> message = processDispatchInterceptors(
                GenericDeadlineMessage.asDeadlineMessage(deadlineName, messageOrPayload, triggerDateTime));
        String scheduleId = UUID.randomUUID().toString();
        SerializedObject<String> scope = serializer.serialize(deadlineScope, String.class);
        Document doc = new Document("_id", scheduleId)
                .append("name", deadlineName)
                .append("triggerAt", Date.from(triggerDateTime))
                .append("scopeType", scope.getType().getName())
                .append("scopeRevision", scope.getType().getRevision())
                .append("scope", scope.getData())
                .append("metaData", serializer.serialize(message.getMetaData(), String.class).getData())
                .append("attempts", 0);
        if (message.getPayload() != null) {
            SerializedObject<String> payload = serializer.serialize(message.getPayload(), String.class);
            doc.append("payloadType", payload.getType().getName())
                    .append("payloadRevision", payload.getType().getRevision())
                    .append("payload", payload.getData());
        }
        runOnPrepareCommitOrNow(() -> deadlines.get().insertOne(doc));
        return scheduleId;
    }

    @Override
    public void cancelSchedule(String deadlineName, String scheduleId) {
        runOnPrepareCommitOrNow(() -> deadlines.get().deleteOne(Filters.and(Filters.eq("_id", scheduleId),
                Filters.eq("name", deadlineName))));
    }

    @Override
    public void cancelAll(String deadlineName) {
        runOnPrepareCommitOrNow(() -> deadlines.get().deleteMany(Filters.eq("name", deadlineName)));
    }

    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        String serializedScope = serializer.serialize(scope, String.class).getData();
        runOnPrepareCommitOrNow(() -> deadlines.get().deleteMany(Filters.and(Filters.eq("name", deadlineName),
                Filters.eq("scope", serializedScope))));
    }

    /** The number of deadlines not yet fired or cancelled (including those waiting to be retried). */
    public long pending() {
        return deadlines.get().countDocuments();
    }

    /** The number of deadlines whose last attempt failed and that wait for their next attempt. */
    public long failing() {
        return deadlines.get().countDocuments(Filters.exists("lastError"));
    }

    /** The number of dead-lettered deadlines (ones that cannot be read). */
    public long deadLettered() {
        return deadLetters.get().countDocuments();
    }

    /** A deadline that could not be read, as kept in {@code dead_deadlines} (for the administrators). */
    public record DeadLetteredDeadline(String scheduleId, String name, Instant dueAt, String payloadType,
                                       String payload, int attempts, String error, Instant deadLetteredAt) {
    }

    /** The dead-lettered deadlines, oldest first. */
    public List<DeadLetteredDeadline> deadLetteredDeadlines() {
        List<DeadLetteredDeadline> dead = new ArrayList<>();
        for (Document d : deadLetters.get().find()) {
            Date due = d.getDate("triggerAt");
            Date at = d.getDate("deadLetteredAt");
            Number attempts = d.get("attempts", Number.class);
            dead.add(new DeadLetteredDeadline(d.getString("_id"), d.getString("name"),
                    due == null ? null : due.toInstant(), d.getString("payloadType"), d.getString("payload"),
                    attempts == null ? 0 : attempts.intValue(), d.getString("error"), at == null ? null : at.toInstant()));
        }
        dead.sort(java.util.Comparator.comparing(DeadLetteredDeadline::deadLetteredAt,
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        return dead;
    }

    /**
     * Puts a dead-lettered deadline back to be fired at the next poll (after the fault that stopped
     * it being read has been fixed). Answers whether there was such a dead letter.
     */
    public boolean retryDeadLettered(String scheduleId) {
        Document dead = deadLetters.get().find(Filters.eq("_id", scheduleId)).first();
        if (dead == null) {
            return false;
        }
        for (String field : new String[] {"owner", "leaseUntil", "deadLetteredAt", "error"}) {
            dead.remove(field);
        }
        deadlines.get().replaceOne(Filters.eq("_id", scheduleId), dead, new ReplaceOptions().upsert(true));
        deadLetters.get().deleteOne(Filters.eq("_id", scheduleId));
        return true;
    }

    private void fireDueDeadlinesSafely() {
        try {
            fireDueDeadlines();
        } catch (RuntimeException e) {
            log.warn("Checking for due deadlines failed; trying again in {}", timings.pollInterval(), e);
        }
    }

    private void extendLeasesSafely() {
        try {
            extendLeases();
        } catch (RuntimeException e) {
            log.warn("Extending the leases of the deadlines being fired failed", e);
        }
    }

    /** Extends the lease of every deadline this instance is firing now. */
    void extendLeases() {
        for (String id : firing) {
            deadlines.get().updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("owner", owner)),
                    Updates.set("leaseUntil", Date.from(now().plus(timings.lease()))));
        }
    }

    /** Fires the deadlines that are due now and not claimed by a live lease; answers how many fired. */
    public int fireDueDeadlines() {
        int fired = 0;
        for (int i = 0; i < MAX_PER_POLL; i++) {
            Document claimed = claimNext();
            if (claimed == null) {
                break;
            }
            if (fire(claimed)) {
                fired++;
            }
        }
        return fired;
    }

    /**
     * Claims the earliest due deadline that nobody holds (no lease, or an expired one, or a back-off
     * that has passed): one atomic {@code findOneAndUpdate}, so two instances never hold the same one.
     */
    Document claimNext() {
        Instant now = now();
        Bson due = Filters.and(Filters.lte("triggerAt", Date.from(now)),
                Filters.not(Filters.gt("leaseUntil", Date.from(now))));
        return deadlines.get().findOneAndUpdate(due,
                Updates.combine(Updates.set("owner", owner), Updates.set("leaseUntil", Date.from(now.plus(timings.lease()))),
                        Updates.set("lastAttemptAt", Date.from(now)), Updates.inc("attempts", 1)),
                new FindOneAndUpdateOptions().sort(Sorts.ascending("triggerAt")).returnDocument(ReturnDocument.AFTER));
    }

    /** Fires one claimed deadline; answers whether its unit of work committed. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    boolean fire(Document doc) {
        String id = doc.getString("_id");
        String name = doc.getString("name");
        ScopeDescriptor scope;
        DeadlineMessage<?> message;
        try {
            // A class that no longer exists is read as an UnknownSerializedType, which no handler
            // would ever match: the deadline would be deleted without firing. It is unreadable.
            Object readScope = readable("scope", serializer.deserialize(new SimpleSerializedObject<>(
                    doc.getString("scope"), String.class, doc.getString("scopeType"), doc.getString("scopeRevision"))));
            if (!(readScope instanceof ScopeDescriptor descriptor)) {
                throw new IllegalStateException("The deadline's scope is not a scope: " + readScope);
            }
            scope = descriptor;
            Object payload = doc.getString("payload") == null ? null : readable("payload", serializer.deserialize(
                    new SimpleSerializedObject<>(doc.getString("payload"), String.class, doc.getString("payloadType"),
                            doc.getString("payloadRevision"))));
            Map<String, ?> metaData = serializer.deserialize(new SimpleSerializedObject<>(doc.getString("metaData"),
                    String.class, MetaData.class.getName(), null));
            Instant triggerAt = doc.getDate("triggerAt").toInstant();
            message = new GenericDeadlineMessage<>(name, new GenericMessage<>(payload, metaData), () -> triggerAt);
        } catch (RuntimeException e) {
            deadLetter(doc, e);
            return false;
        }
        UnitOfWork<DeadlineMessage<?>> unitOfWork = new DefaultUnitOfWork<>(message);
        unitOfWork.attachTransaction(transactionManager);
        // Deleted only once the deadline's work is stored; if this process dies before, the lease runs
        // out and the deadline fires again. Only while this instance still holds it.
        unitOfWork.afterCommit(u -> deadlines.get().deleteOne(Filters.and(Filters.eq("_id", id),
                Filters.eq("owner", owner))));
        firing.add(id);
        ResultMessage<?> result;
        try {
            DefaultInterceptorChain<DeadlineMessage<?>> chain = new DefaultInterceptorChain<>(unitOfWork,
                    handlerInterceptors(), m -> {
                        scopeAwareProvider.provideScopeAwareStream(scope)
                                .filter(component -> component.canResolve(scope))
                                .forEach(component -> {
                                    try {
                                        component.send((DeadlineMessage) m, scope);
                                    } catch (Exception e) {
                                        throw new IllegalStateException("Failed to deliver deadline " + name
                                                + " to " + scope.scopeDescription(), e);
                                    }
                                });
                        return null;
                    });
            result = unitOfWork.executeWithResult(chain::proceed);
        } finally {
            firing.remove(id);
        }
        if (result.isExceptional()) {
            int attempts = doc.getInteger("attempts", 1);
            Duration backOff = backOff(attempts);
            log.error("Deadline {} ({}) failed (attempt {}); it will be tried again in {}", name, id, attempts,
                    backOff, result.exceptionResult());
            deadlines.get().updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("owner", owner)),
                    Updates.combine(Updates.unset("owner"), Updates.set("leaseUntil", Date.from(now().plus(backOff))),
                            Updates.set("lastError", describe(result.exceptionResult()))));
            return false;
        }
        return true;
    }

    private static Object readable(String what, Object read) {
        if (read instanceof UnknownSerializedType unknown) {
            throw new IllegalStateException("The deadline's " + what + " is of an unknown type: "
                    + unknown.serializedType().getName());
        }
        return read;
    }

    /** The wait before the next attempt after {@code attempts} failed ones: doubling, capped. */
    Duration backOff(int attempts) {
        Duration wait = timings.retryFirst();
        for (int i = 1; i < attempts && wait.compareTo(timings.retryMax()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(timings.retryMax()) > 0 ? timings.retryMax() : wait;
    }

    /**
     * Keeps a deadline that cannot be read, with the error, in the dead-letter collection, then
     * removes it from the pending ones (the copy first: a crash between leaves it in both, and the
     * next attempt writes the same dead letter again).
     */
    private void deadLetter(Document doc, RuntimeException e) {
        String id = doc.getString("_id");
        log.error("Deadline {} ({}) cannot be read and is dead-lettered in dead_deadlines: {}", doc.getString("name"),
                id, e.toString(), e);
        Document dead = new Document(doc).append("deadLetteredAt", Date.from(now())).append("error", describe(e));
        dead.remove("owner");
        dead.remove("leaseUntil");
        deadLetters.get().replaceOne(Filters.eq("_id", id), dead, new ReplaceOptions().upsert(true));
        deadlines.get().deleteOne(Filters.and(Filters.eq("_id", id), Filters.eq("owner", owner)));
    }

    /** The error and its causes, one line each (the full stack trace is in the log). */
    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 4000; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append("\ncaused by: ");
            }
            text.append(t);
        }
        return text.toString();
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }
}
