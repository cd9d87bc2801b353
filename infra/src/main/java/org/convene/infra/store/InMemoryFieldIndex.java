package org.convene.infra.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A non-unique index on the first field of an index's keys, kept in memory (rebuilt when the
 * store opens) for the embedded store, whose server accepts such indexes but does not implement
 * them: without it every query on a field other than {@code _id} reads every document of the
 * collection. It answers equality and range queries ({@code $eq $gt $gte $lt $lte}) on that field
 * with a superset of the matching documents' positions; the collection still applies the whole
 * query, the sort and the limit to them, so an answer is the same as a full scan's.
 *
 * <p>Documents whose value is missing, {@code null} or an array are kept aside and always returned
 * as candidates, so no document that could match is ever left out.
 */
final class InMemoryFieldIndex extends Index<Object> {

    private static final Set<String> RANGE_OPERATORS = Set.of("$eq", "$gt", "$gte", "$lt", "$lte");

    private final String field;
    private final NavigableMap<Object, Set<Object>> byValue = new ConcurrentSkipListMap<>(ValueComparator.asc());
    private final Set<Object> alwaysCandidates = ConcurrentHashMap.newKeySet();
    private final Map<Object, Object> valueOfPosition = new ConcurrentHashMap<>();

    InMemoryFieldIndex(String name, List<IndexKey> keys) {
        super(name, List.of(keys.get(0)), true);
        this.field = keys.get(0).getKey();
    }

    String field() {
        return field;
    }

    private static Object keyOf(Document document, String field) {
        Object value = Utils.getSubdocumentValue(document, field);
        if (value == null || value instanceof Missing || value instanceof Collection<?>) {
            return null;
        }
        return value;
    }

    @Override
    public Object getPosition(Document document) {
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // not unique: every document may be added
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        Object key = keyOf(document, field);
        if (key == null) {
            alwaysCandidates.add(position);
            valueOfPosition.put(position, Missing.getInstance());
        } else {
            byValue.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(position);
            valueOfPosition.put(position, key);
        }
    }

    @Override
    public Object remove(Document document) {
        Object position = Utils.getSubdocumentValue(document, "_id");
        if (position == null || position instanceof Missing) {
            return null;
        }
        Object key = valueOfPosition.remove(position);
        if (key == null) {
            return null;
        }
        if (key instanceof Missing) {
            alwaysCandidates.remove(position);
        } else {
            byValue.computeIfPresent(key, (k, positions) -> {
                positions.remove(position);
                return positions.isEmpty() ? null : positions;
            });
        }
        return position;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // not unique: every update is allowed
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
                              MongoCollection<Object> collection) {
        Object oldKey = valueOfPosition.get(position);
        Object newKey = keyOf(newDocument, field);
        Object stored = newKey == null ? Missing.getInstance() : newKey;
        if (oldKey != null && ValueComparator.asc().compare(oldKey, stored) == 0) {
            return;
        }
        remove(oldDocument);
        add(newDocument, position, collection);
    }

    /** True if the query constrains this index's field by equality or a range. */
    @Override
    public boolean canHandle(Document query) {
        if (!query.containsKey(field)) {
            return false;
        }
        Object constraint = query.get(field);
        if (constraint == null || constraint instanceof Collection<?>) {
            return false;
        }
        if (constraint instanceof Document document) {
            return !document.isEmpty() && RANGE_OPERATORS.containsAll(document.keySet())
                    && document.values().stream().allMatch(v -> v != null && !(v instanceof Collection<?>)
                            && !(v instanceof Document));
        }
        return true;
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        return positions(query, Integer.MAX_VALUE, position -> true);
    }

    /**
     * Candidates for the query in ascending order of the field. When {@code wanted} is limited, it
     * stops after the first value at which {@code wanted} candidates that {@code matches} accepts
     * were found (all documents of that value included), so a sorted, limited query reads only the
     * documents it answers with.
     */
    List<Object> positions(Document query, int wanted, Predicate<Object> matches) {
        NavigableMap<Object, Set<Object>> range = range(query.get(field));
        List<Object> result = new ArrayList<>(alwaysCandidates);
        int found = 0;
        for (Set<Object> positions : range.values()) {
            for (Object position : positions) {
                result.add(position);
                if (wanted != Integer.MAX_VALUE && matches.test(position)) {
                    found++;
                }
            }
            if (found >= wanted) {
                break;
            }
        }
        return result;
    }

    private NavigableMap<Object, Set<Object>> range(Object constraint) {
        if (!(constraint instanceof Document document)) {
            return byValue.subMap(constraint, true, constraint, true);
        }
        NavigableMap<Object, Set<Object>> range = byValue;
        for (Map.Entry<String, Object> condition : document.entrySet()) {
            Object bound = condition.getValue();
            range = switch (condition.getKey()) {
                case "$eq" -> range.subMap(bound, true, bound, true);
                case "$gt" -> range.tailMap(bound, false);
                case "$gte" -> range.tailMap(bound, true);
                case "$lt" -> range.headMap(bound, false);
                case "$lte" -> range.headMap(bound, true);
                default -> throw new IllegalArgumentException("Unsupported condition " + condition.getKey());
            };
        }
        return range;
    }

    @Override
    public long getCount() {
        return valueOfPosition.size();
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public void drop() {
        byValue.clear();
        alwaysCandidates.clear();
        valueOfPosition.clear();
    }
}
