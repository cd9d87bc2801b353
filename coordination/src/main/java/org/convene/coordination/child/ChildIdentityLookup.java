package org.convene.coordination.child;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.convene.coordination.child.api.ChildRecordsMergedEvent;
import org.convene.coordination.child.api.ChildRegisteredEvent;
import org.convene.coordination.child.api.ChildRules;
import org.convene.coordination.child.api.FindRegisteredChildrenQuery;
import org.convene.coordination.child.api.RegisteredChild;
import org.springframework.stereotype.Component;

/**
 * Answers {@link FindRegisteredChildrenQuery} from the write side: the index's entries for the key,
 * each checked against its record's own events in the event store (registered with this key),
 * followed through merges to the current record, each current record once. It reads the records'
 * event streams (a child's is one or two events) rather than loading aggregates, which belong to
 * command handling.
 */
@Component
class ChildIdentityLookup {

    /** Merges can chain (A into B, later B into C); a cycle cannot happen, but stop anyway. */
    private static final int MAX_MERGES_FOLLOWED = 20;

    private final ChildIdentityIndex index;
    private final EventStore events;

    ChildIdentityLookup(ChildIdentityIndex index, EventStore eventStore) {
        this.index = index;
        this.events = eventStore;
    }

    /** A record as its events tell it: as registered, and the record it was merged into (or null). */
    private record Recorded(ChildRegisteredEvent registered, String mergedInto) {
    }

    @QueryHandler
    List<RegisteredChild> handle(FindRegisteredChildrenQuery query) {
        String key = ChildRules.identityKey(query.fullName(), query.dateOfBirth()).orElse(null);
        if (key == null) {
            return List.of();
        }
        Map<String, RegisteredChild> current = new LinkedHashMap<>();
        for (String childId : index.childIdsOf(key)) {
            Recorded record = recorded(childId);
            if (record == null || !key.equals(ChildRules.identityKey(record.registered().fullName(),
                    record.registered().dateOfBirth()).orElse(null))) {
                continue;   // an entry whose registration was never stored
            }
            for (int i = 0; i < MAX_MERGES_FOLLOWED && record != null && record.mergedInto() != null; i++) {
                record = recorded(record.mergedInto());
            }
            if (record != null) {
                ChildRegisteredEvent r = record.registered();
                current.putIfAbsent(r.childId(), new RegisteredChild(r.childId(), r.fullName(), r.dateOfBirth()));
            }
        }
        return new ArrayList<>(current.values());
    }

    private Recorded recorded(String childId) {
        ChildRegisteredEvent registered = null;
        String mergedInto = null;
        DomainEventStream stream = events.readEvents(childId);
        while (stream.hasNext()) {
            Object payload = stream.next().getPayload();
            if (payload instanceof ChildRegisteredEvent e) {
                registered = e;
            } else if (payload instanceof ChildRecordsMergedEvent e) {
                mergedInto = e.survivingChildId();
            }
        }
        return registered == null ? null : new Recorded(registered, mergedInto);
    }
}
