package org.convene.infra.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

/**
 * A deadline manager whose deadlines live in MongoDB, so a clock such as "return interview within
 * 72 hours" survives a restart of the application (Axon's SimpleDeadlineManager keeps them in
 * memory). Pending deadlines are a small working set: one document each, deleted when it fires or
 * is cancelled. A poller claims due deadlines by deleting them (only one instance fires each) and
 * delivers them to their saga or aggregate as Axon's own deadline managers do. A deadline whose
 * handling fails is put back to be tried again a minute later.
 */
public class MongoDeadlineManager extends AbstractDeadlineManager {

    private static final Logger log = LoggerFactory.getLogger(MongoDeadlineManager.class);
    static final Duration RETRY_AFTER = Duration.ofMinutes(1);

    private final MongoCollection<Document> deadlines;
    private final ScopeAwareProvider scopeAwareProvider;
    private final Serializer serializer;
    private final TransactionManager transactionManager;
    private final Duration pollInterval;
    private ScheduledExecutorService poller;

    public MongoDeadlineManager(MongoCollection<Document> deadlines, ScopeAwareProvider scopeAwareProvider,
                                Serializer serializer, TransactionManager transactionManager, Duration pollInterval) {
        this.deadlines = deadlines;
        this.scopeAwareProvider = scopeAwareProvider;
        this.serializer = serializer;
        this.transactionManager = transactionManager;
        this.pollInterval = pollInterval;
    }

    public synchronized void start() {
        if (poller == null) {
            poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "deadline-poller");
                t.setDaemon(true);
                return t;
            });
            poller.scheduleWithFixedDelay(this::fireDueDeadlinesSafely, 0, pollInterval.toMillis(),
                    TimeUnit.MILLISECONDS);
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
                .append("metaData", serializer.serialize(message.getMetaData(), String.class).getData());
        if (message.getPayload() != null) {
            SerializedObject<String> payload = serializer.serialize(message.getPayload(), String.class);
            doc.append("payloadType", payload.getType().getName())
                    .append("payloadRevision", payload.getType().getRevision())
                    .append("payload", payload.getData());
        }
        runOnPrepareCommitOrNow(() -> deadlines.insertOne(doc));
        return scheduleId;
    }

    @Override
    public void cancelSchedule(String deadlineName, String scheduleId) {
        runOnPrepareCommitOrNow(() -> deadlines.deleteOne(Filters.and(Filters.eq("_id", scheduleId),
                Filters.eq("name", deadlineName))));
    }

    @Override
    public void cancelAll(String deadlineName) {
        runOnPrepareCommitOrNow(() -> deadlines.deleteMany(Filters.eq("name", deadlineName)));
    }

    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        String serializedScope = serializer.serialize(scope, String.class).getData();
        runOnPrepareCommitOrNow(() -> deadlines.deleteMany(Filters.and(Filters.eq("name", deadlineName),
                Filters.eq("scope", serializedScope))));
    }

    /** The number of deadlines not yet fired or cancelled. */
    public long pending() {
        return deadlines.countDocuments();
    }

    private void fireDueDeadlinesSafely() {
        try {
            fireDueDeadlines();
        } catch (RuntimeException e) {
            log.warn("Checking for due deadlines failed; trying again in {}", pollInterval, e);
        }
    }

    /** Fires every deadline that is due now; answers how many fired. */
    public int fireDueDeadlines() {
        Instant now = GenericEventMessage.clock.instant();
        List<Document> due = deadlines.find(Filters.lte("triggerAt", Date.from(now)))
                .sort(Sorts.ascending("triggerAt")).into(new ArrayList<>());
        int fired = 0;
        for (Document doc : due) {
            // Claim it: whoever deletes it fires it, so two instances never fire the same deadline.
            if (deadlines.deleteOne(Filters.eq("_id", doc.getString("_id"))).getDeletedCount() == 1) {
                if (fire(doc)) {
                    fired++;
                } else {
                    deadlines.insertOne(doc.append("triggerAt", Date.from(now.plus(RETRY_AFTER))));
                }
            }
        }
        return fired;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private boolean fire(Document doc) {
        String name = doc.getString("name");
        ScopeDescriptor scope = serializer.deserialize(new SimpleSerializedObject<>(doc.getString("scope"),
                String.class, doc.getString("scopeType"), doc.getString("scopeRevision")));
        Object payload = doc.getString("payload") == null ? null : serializer.deserialize(new SimpleSerializedObject<>(
                doc.getString("payload"), String.class, doc.getString("payloadType"), doc.getString("payloadRevision")));
        Map<String, ?> metaData = serializer.deserialize(new SimpleSerializedObject<>(doc.getString("metaData"),
                String.class, MetaData.class.getName(), null));
        Instant triggerAt = doc.getDate("triggerAt").toInstant();
        DeadlineMessage<?> message = new GenericDeadlineMessage<>(name,
                new GenericMessage<>(payload, metaData), () -> triggerAt);
        UnitOfWork<DeadlineMessage<?>> unitOfWork = new DefaultUnitOfWork<>(message);
        unitOfWork.attachTransaction(transactionManager);
        DefaultInterceptorChain<DeadlineMessage<?>> chain = new DefaultInterceptorChain<>(unitOfWork,
                handlerInterceptors(), m -> {
                    scopeAwareProvider.provideScopeAwareStream(scope)
                            .filter(component -> component.canResolve(scope))
                            .forEach(component -> {
                                try {
                                    component.send((DeadlineMessage) m, scope);
                                } catch (Exception e) {
                                    throw new IllegalStateException("Failed to deliver deadline " + name + " to "
                                            + scope.scopeDescription(), e);
                                }
                            });
                    return null;
                });
        ResultMessage<?> result = unitOfWork.executeWithResult(chain::proceed);
        if (result.isExceptional()) {
            log.error("Deadline {} ({}) failed; it will be tried again in {}", name, doc.getString("_id"),
                    RETRY_AFTER, result.exceptionResult());
            return false;
        }
        return true;
    }
}
