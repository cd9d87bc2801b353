package org.convene.query.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Read-model documents read and written by id within a batch of events: a tracking processor that
 * is catching up (a rebuild, a restart, a burst of work) handles up to 200 events in one unit of
 * work, and the same document (a child's chronology, a referral) is often changed by several of
 * them. Within such a batch each document is read once and written once, after the batch's last
 * event and before the processor stores its token ({@link #writeAtTheEndOfTheBatch()}, registered
 * on the processing group). One event at a time, reads and writes go straight to the store.
 *
 * <p>Only for documents that the group's handlers read by id alone: a query by any other field
 * would not see the batch's unwritten changes (decision 0016).
 */
public final class BatchedDocuments {

    private static final String RESOURCE = BatchedDocuments.class.getName();
    private static final String DIRTY = RESOURCE + ".dirty";
    private static final String ACTIVE = RESOURCE + ".active";

    private BatchedDocuments() {
    }

    private record Key(Class<?> type, Object id) {
    }

    /** The document with this id, as this batch has left it. */
    public static <T> T findById(MongoTemplate mongo, Object id, Class<T> type) {
        Map<Key, Optional<Object>> batch = batch();
        if (batch == null) {
            return mongo.findById(id, type);
        }
        return type.cast(batch.computeIfAbsent(new Key(type, id), k -> Optional.ofNullable(mongo.findById(id, type)))
                .orElse(null));
    }

    /** Saves the document (written at the end of the batch, or now outside one). */
    public static void save(MongoTemplate mongo, Object id, Object document) {
        Map<Key, Optional<Object>> batch = batch();
        if (batch == null) {
            mongo.save(document);
            return;
        }
        batch.put(new Key(document.getClass(), id), Optional.of(document));
        dirty().put(new Key(document.getClass(), id), document);
    }

    /**
     * The processing group's interceptor: after the batch's last event has been handled, writes
     * every document the batch changed. Register it on every processing group that uses this class;
     * without it (a test calling handlers directly) every read and write goes straight to the store.
     */
    public static MessageHandlerInterceptor<EventMessage<?>> writeAtTheEndOfTheBatch(MongoTemplate mongo) {
        return new MessageHandlerInterceptor<>() {
            @Override
            public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork,
                                 InterceptorChain interceptorChain) throws Exception {
                unitOfWork.resources().put(ACTIVE, Boolean.TRUE);
                Object result = interceptorChain.proceed();
                if (unitOfWork instanceof BatchingUnitOfWork<?> batch && batch.isLastMessage()) {
                    Map<Key, Object> dirty = batch.getResource(DIRTY);
                    if (dirty != null) {
                        dirty.values().forEach(mongo::save);
                        dirty.clear();
                    }
                    Map<Key, Optional<Object>> read = batch.getResource(RESOURCE);
                    if (read != null) {
                        read.clear();
                    }
                }
                return result;
            }
        };
    }

    /** Outside a batch unit of work (tests calling handlers directly, live single events): nothing cached. */
    private static Map<Key, Optional<Object>> batch() {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch)
                || batch.getResource(ACTIVE) == null) {
            return null;
        }
        return batch.getOrComputeResource(RESOURCE, key -> new LinkedHashMap<Key, Optional<Object>>());
    }

    private static Map<Key, Object> dirty() {
        return CurrentUnitOfWork.get().getOrComputeResource(DIRTY, key -> new LinkedHashMap<Key, Object>());
    }
}
