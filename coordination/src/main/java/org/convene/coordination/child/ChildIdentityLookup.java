package org.convene.coordination.child;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.axonframework.queryhandling.QueryHandler;
import org.convene.coordination.child.api.ChildRules;
import org.convene.coordination.child.api.FindRegisteredChildrenQuery;
import org.convene.coordination.child.api.RegisteredChild;
import org.springframework.stereotype.Component;

/**
 * Answers {@link FindRegisteredChildrenQuery} from the write side: the index's entries for the key,
 * each checked against its event-sourced record (registered with this key), followed through merges
 * to the current record, each current record once.
 */
@Component
class ChildIdentityLookup {

    private final ChildIdentityIndex index;
    private final Repository<Child> children;
    private final ChildRecords records;

    ChildIdentityLookup(ChildIdentityIndex index, Repository<Child> childRepository, ChildRecords records) {
        this.index = index;
        this.children = childRepository;
        this.records = records;
    }

    @QueryHandler
    List<RegisteredChild> handle(FindRegisteredChildrenQuery query) {
        String key = ChildRules.identityKey(query.fullName(), query.dateOfBirth()).orElse(null);
        if (key == null) {
            return List.of();
        }
        Set<String> current = new LinkedHashSet<>();
        for (String childId : index.childIdsOf(key)) {
            if (key.equals(identityKeyOf(childId))) {
                current.add(records.currentIdOf(childId));
            }
        }
        List<RegisteredChild> found = new ArrayList<>();
        for (String childId : current) {
            try {
                found.add(children.load(childId).invoke(Child::asRegistered));
            } catch (AggregateNotFoundException e) {
                // an entry whose registration was never stored
            }
        }
        return found;
    }

    private String identityKeyOf(String childId) {
        try {
            return children.load(childId).invoke(Child::identityKey);
        } catch (AggregateNotFoundException e) {
            return null;
        }
    }
}
