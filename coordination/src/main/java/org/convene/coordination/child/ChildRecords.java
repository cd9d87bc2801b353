package org.convene.coordination.child;

import java.util.Optional;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.convene.coordination.child.api.ChildMerges;
import org.springframework.stereotype.Component;

/** Set validation for other features: does a current child record exist? */
@Component
public class ChildRecords {

    private final Repository<Child> children;

    public ChildRecords(Repository<Child> childRepository) {
        this.children = childRepository;
    }

    /**
     * The current record of a child: the record itself, or the record it was merged into (followed
     * through later merges). An unknown id is returned as it is.
     */
    public String currentIdOf(String childId) {
        return ChildMerges.currentId(childId, id -> {
            try {
                return children.load(id).invoke(Child::mergedInto);
            } catch (AggregateNotFoundException e) {
                return null;
            }
        });
    }

    /** Empty when the child has a current record; otherwise the problem, in words for the sender. */
    public Optional<String> problemWith(String childId) {
        if (childId == null || childId.isBlank()) {
            return Optional.of("A child id is missing.");
        }
        try {
            String mergedInto = children.load(childId).invoke(Child::mergedInto);
            return mergedInto == null ? Optional.empty()
                    : Optional.of("Child record " + childId + " was merged into " + mergedInto + "; use that record.");
        } catch (AggregateNotFoundException e) {
            return Optional.of("There is no child record " + childId + ".");
        }
    }
}
