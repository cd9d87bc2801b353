package org.convene.infra.store;

import java.util.ArrayList;
import java.util.List;

import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;

/**
 * An embedded-store collection that uses its {@link InMemoryFieldIndex in-memory field indexes}:
 * the declared non-unique indexes, and the first field of every compound unique index (so the event
 * store's "events of aggregate X from sequence n" is answered from the aggregate's own events, not
 * by reading the whole collection). A query sorted on an indexed field with a limit (the tracking processors'
 * "next events after my token", the referral list's "newest 50", "the newest event") reads the
 * index in the sort's order and only as many documents as it answers with.
 * In the event store's collections a multi-document insert is all or nothing
 * ({@link #insertDocuments}).
 */
class IndexedH2Collection extends H2Collection {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IndexedH2Collection.class);

    IndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                        MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    @Override
    public void addIndex(Index<Object> index) {
        super.addIndex(index);
        if (index.isUnique() && index.getKeys().size() > 1) {
            String name = index.getName() + "_firstField";
            boolean present = getIndexes().stream().anyMatch(i -> i.getName().equals(name));
            if (!present) {
                super.addIndex(new InMemoryFieldIndex(name, index.getKeys()));
            }
        }
    }

    /**
     * Inserts the documents; in the event store's collections
     * ({@link DurableH2Backend#ALL_OR_NOTHING_COLLECTIONS}) a document that fails (a duplicate event,
     * an aggregate's sequence number taken meanwhile), or any error on the way, also removes the
     * documents of the same insert that were already added, before anyone can read them (this holds
     * the collection's lock) or a commit can store them (the backend
     * commits only between commands): one command's events are stored entirely or not at all. The
     * write errors are answered as usual. Elsewhere MongoDB's rule holds: an ordered insert keeps
     * the documents before the one that failed.
     */
    @Override
    public synchronized List<Document> insertDocuments(List<Document> documents, boolean isOrdered) {
        if (!DurableH2Backend.ALL_OR_NOTHING_COLLECTIONS.contains(getCollectionName())) {
            return super.insertDocuments(documents, isOrdered);
        }
        List<Document> added = new ArrayList<>(documents.size());
        List<Document> writeErrors = new ArrayList<>();
        try {
            for (int index = 0; index < documents.size(); index++) {
                Document document = documents.get(index);
                try {
                    addDocument(document);
                    added.add(document);
                } catch (MongoServerError e) {
                    writeErrors.add(writeError(e, index));
                    if (isOrdered) {
                        break;
                    }
                }
            }
        } catch (RuntimeException e) {
            removeAll(added);
            throw e;
        }
        if (!writeErrors.isEmpty()) {
            removeAll(added);
        }
        return writeErrors;
    }

    private void removeAll(List<Document> added) {
        for (int i = added.size() - 1; i >= 0; i--) {
            removeDocument(added.get(i));
        }
    }

    /** A write error as mongo-java-server answers it. */
    private static Document writeError(MongoServerError e, int index) {
        Document error = new Document();
        error.put("index", index);
        error.put("errmsg", e.getMessageWithoutErrorCode());
        error.put("code", e.getCode());
        error.putIfNotNull("codeName", e.getCodeName());
        return error;
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        if (!InMemoryIndexes.enabled()) {
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        InMemoryFieldIndex chosen = null;
        InMemoryFieldIndex sortedBy = null;
        Document indexQuery = indexQuery(query);
        String sortField = firstSortField(orderBy);
        for (Index<Object> index : getIndexes()) {
            if (index instanceof InMemoryFieldIndex fieldIndex) {
                if (chosen == null && fieldIndex.canHandle(indexQuery)) {
                    chosen = fieldIndex;
                }
                if (sortedBy == null && fieldIndex.field().equals(sortField)) {
                    sortedBy = fieldIndex;
                }
            } else if (index.canHandle(query)) {
                return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
            }
        }
        if (chosen == null && sortedBy != null && limit > 0) {
            // "the newest 50": read the index in the sort's order and stop once enough documents match
            boolean ascending = sortsAscending(orderBy);
            List<Object> positions = sortedBy.positionsInOrder(ascending, numberToSkip + limit,
                    position -> documentMatchesQuery(getDocument(position), query));
            return matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        if (chosen == null) {
            if (log.isDebugEnabled() && count() > 1000) {
                log.debug("Reading all {} documents of {} for {} sorted by {}", count(), getCollectionName(), query,
                        orderBy);
            }
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        int wanted = Integer.MAX_VALUE;
        if (limit > 0 && chosen.field().equals(sortField) && sortsAscending(orderBy)) {
            wanted = numberToSkip + limit;
        }
        List<Object> positions = chosen.positions(indexQuery, wanted,
                position -> documentMatchesQuery(getDocument(position), query));
        return matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /**
     * The field conditions an index can use. Axon's MongoDB extension writes its queries as a
     * top-level {@code $and} of clauses ("timestamp at or after T" and "not these event ids"; "this
     * aggregate" and "from sequence n"), which hides every field from the indexes. Every clause of an
     * {@code $and} must hold, so the candidates for any one clause's field condition include every
     * answer; the collection still applies the whole query. A field named in two clauses keeps the
     * first clause's condition.
     */
    static Document indexQuery(Document query) {
        if (query == null || query.size() != 1 || !(query.get("$and") instanceof List<?> clauses)) {
            return query;
        }
        Document fields = new Document();
        for (Object clause : clauses) {
            if (clause instanceof Document document) {
                document.forEach((field, condition) -> {
                    if (!field.startsWith("$") && !fields.containsKey(field)) {
                        fields.put(field, condition);
                    }
                });
            }
        }
        return fields;
    }

    private static String firstSortField(Document orderBy) {
        if (orderBy == null || orderBy.isEmpty()) {
            return null;
        }
        String first = orderBy.keySet().iterator().next();
        return orderBy.get(first) instanceof Number ? first : null;   // not {$natural} or text scores
    }

    private static boolean sortsAscending(Document orderBy) {
        return ((Number) orderBy.values().iterator().next()).intValue() > 0;
    }
}
