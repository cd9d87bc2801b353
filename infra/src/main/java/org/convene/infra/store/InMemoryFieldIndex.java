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
 * <p>Documents whose value is missing or {@code null} are kept aside and always returned as
 * candidates, so no document that could match is ever left out. An array is indexed by each of its
 * elements for equality queries ({@code {associations: {key: "childId", value: "c1"}}}, as the saga
 * store asks: "the sagas associated with this child"); for a range query, and when the field is a
 * dotted path or the array holds arrays, an array's document is always a candidate too, since
 * MongoDB's rules for ranges over arrays let different elements satisfy different bounds. A value
 * that is a document is compared with its fields in name order, so a field order the query
 * matcher ignores never hides a match.
 */
final class InMemoryFieldIndex extends Index<Object> {

    private static final Set<String> RANGE_OPERATORS = Set.of("$eq", "$gt", "$gte", "$lt", "$lte");

    /** The key of a position whose value is missing or {@code null}. */
    private static final Object MISSING = Missing.getInstance();

    /** The key of a position whose value is an array: its (canonical) elements. */
    private record ArrayKey(List<Object> elements, boolean indexedByElement) {
    }

    private final String field;
    private final boolean elementsIndexable;
    private final NavigableMap<Object, Set<Object>> byValue = new ConcurrentSkipListMap<>(ValueComparator.asc());
    private final NavigableMap<Object, Set<Object>> byElement = new ConcurrentSkipListMap<>(ValueComparator.asc());
    /** Missing, null and array values: candidates for every range query. */
    private final Set<Object> alwaysCandidates = ConcurrentHashMap.newKeySet();
    /** Missing, null and arrays not indexed by element: candidates for every equality query. */
    private final Set<Object> equalityCandidates = ConcurrentHashMap.newKeySet();
    private final Map<Object, Object> keyOfPosition = new ConcurrentHashMap<>();

    InMemoryFieldIndex(String name, List<IndexKey> keys) {
        super(name, List.of(keys.get(0)), true);
        this.field = keys.get(0).getKey();
        this.elementsIndexable = !field.contains(".");
    }

    String field() {
        return field;
    }

    private Object keyOf(Document document) {
        Object value = Utils.getSubdocumentValue(document, field);
        if (value == null || value instanceof Missing) {
            return MISSING;
        }
        if (value instanceof Collection<?> array) {
            List<Object> elements = new ArrayList<>(array.size());
            boolean flat = true;
            for (Object element : array) {
                if (element == null || element instanceof Missing || element instanceof Collection<?>) {
                    flat = false;
                } else {
                    elements.add(canonical(element));
                }
            }
            return new ArrayKey(List.copyOf(elements), flat && elementsIndexable);
        }
        return canonical(value);
    }

    /** A document with its fields in name order (recursively), any other value as it is. */
    static Object canonical(Object value) {
        if (value instanceof Document document) {
            Document sorted = new Document();
            document.keySet().stream().sorted().forEach(k -> sorted.put(k, canonical(document.get(k))));
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(InMemoryFieldIndex::canonical).toList();
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
        put(keyOf(document), position);
    }

    private void put(Object key, Object position) {
        keyOfPosition.put(position, key);
        if (key == MISSING) {
            alwaysCandidates.add(position);
            equalityCandidates.add(position);
        } else if (key instanceof ArrayKey array) {
            alwaysCandidates.add(position);
            if (array.indexedByElement()) {
                array.elements().forEach(e -> byElement.computeIfAbsent(e, k -> ConcurrentHashMap.newKeySet())
                        .add(position));
            } else {
                equalityCandidates.add(position);
            }
        } else {
            byValue.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(position);
        }
    }

    @Override
    public Object remove(Document document) {
        Object position = Utils.getSubdocumentValue(document, "_id");
        if (position == null || position instanceof Missing) {
            return null;
        }
        Object key = keyOfPosition.remove(position);
        if (key == null) {
            return null;
        }
        alwaysCandidates.remove(position);
        equalityCandidates.remove(position);
        if (key instanceof ArrayKey array) {
            array.elements().forEach(e -> removeFrom(byElement, e, position));
        } else if (key != MISSING) {
            removeFrom(byValue, key, position);
        }
        return position;
    }

    private static void removeFrom(NavigableMap<Object, Set<Object>> map, Object key, Object position) {
        map.computeIfPresent(key, (k, positions) -> {
            positions.remove(position);
            return positions.isEmpty() ? null : positions;
        });
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // not unique: every update is allowed
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
                              MongoCollection<Object> collection) {
        Object oldKey = keyOfPosition.get(position);
        Object newKey = keyOf(newDocument);
        if (oldKey != null && sameKey(oldKey, newKey)) {
            return;
        }
        remove(oldDocument);
        add(newDocument, position, collection);
    }

    private static boolean sameKey(Object a, Object b) {
        if (a == MISSING || b == MISSING || a instanceof ArrayKey || b instanceof ArrayKey) {
            return a.equals(b);
        }
        return ValueComparator.asc().compare(a, b) == 0;
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
            if (document.isEmpty()) {
                return false;
            }
            if (document.keySet().stream().noneMatch(k -> k.startsWith("$"))) {
                return true;   // equality with a document
            }
            return RANGE_OPERATORS.containsAll(document.keySet())
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
        Object constraint = query.get(field);
        Object equalTo = equalityValue(constraint);
        List<Object> result;
        NavigableMap<Object, Set<Object>> range;
        if (equalTo != null) {
            Object key = canonical(equalTo);
            result = new ArrayList<>(equalityCandidates);
            Set<Object> elements = byElement.get(key);
            if (elements != null) {
                result.addAll(elements);
            }
            range = byValue.subMap(key, true, key, true);
        } else {
            result = new ArrayList<>(alwaysCandidates);
            range = range((Document) constraint);
        }
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

    /**
     * Every position in the order of the field, ascending or descending, stopping after the value
     * at which {@code wanted} positions that {@code matches} accepts were found; missing, null and
     * array values (whose place in a sort depends on more than one value) always come along. The
     * collection sorts and limits the candidates, so the answer is the same as a full scan's.
     */
    List<Object> positionsInOrder(boolean ascending, int wanted, Predicate<Object> matches) {
        List<Object> result = new ArrayList<>(alwaysCandidates);
        int found = 0;
        for (Set<Object> positions : (ascending ? byValue : byValue.descendingMap()).values()) {
            for (Object position : positions) {
                result.add(position);
                if (matches.test(position)) {
                    found++;
                }
            }
            if (found >= wanted) {
                break;
            }
        }
        return result;
    }

    /** The value an equality constraint ({@code v} or {@code {$eq: v}}) asks for, else {@code null}. */
    private static Object equalityValue(Object constraint) {
        if (!(constraint instanceof Document document)) {
            return constraint;
        }
        if (document.keySet().stream().noneMatch(k -> k.startsWith("$"))) {
            return document;
        }
        if (document.size() == 1 && document.containsKey("$eq")) {
            return document.get("$eq");
        }
        return null;
    }

    private NavigableMap<Object, Set<Object>> range(Document conditions) {
        NavigableMap<Object, Set<Object>> range = byValue;
        for (Map.Entry<String, Object> condition : conditions.entrySet()) {
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
        return keyOfPosition.size();
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public void drop() {
        byValue.clear();
        byElement.clear();
        alwaysCandidates.clear();
        equalityCandidates.clear();
        keyOfPosition.clear();
    }
}
