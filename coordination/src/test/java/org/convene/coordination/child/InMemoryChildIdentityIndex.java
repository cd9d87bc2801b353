package org.convene.coordination.child;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The identity index in memory, for aggregate fixtures. */
class InMemoryChildIdentityIndex implements ChildIdentityIndex {

    private final Map<String, List<String>> entries = new LinkedHashMap<>();

    @Override
    public synchronized void add(String identityKey, String childId) {
        List<String> ids = entries.computeIfAbsent(identityKey, k -> new ArrayList<>());
        if (!ids.contains(childId)) {
            ids.add(childId);
        }
    }

    @Override
    public synchronized List<String> childIdsOf(String identityKey) {
        return List.copyOf(entries.getOrDefault(identityKey, List.of()));
    }

    @Override
    public synchronized void clear() {
        entries.clear();
    }
}
