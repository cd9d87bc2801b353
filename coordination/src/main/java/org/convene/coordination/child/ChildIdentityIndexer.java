package org.convene.coordination.child;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.convene.coordination.child.api.ChildRegisteredEvent;
import org.convene.coordination.child.api.ChildRules;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link ChildIdentityIndex} from the event store: on a store written before the index
 * existed, and when it is rebuilt ({@code --convene.rebuild=child-identity}). The aggregate writes
 * each new registration itself; this processor's writes are the same and change nothing twice.
 */
@Component
@ProcessingGroup(ChildIdentityIndexer.PROCESSING_GROUP)
class ChildIdentityIndexer {

    static final String PROCESSING_GROUP = "child-identity";

    private final ChildIdentityIndex index;

    ChildIdentityIndexer(ChildIdentityIndex index) {
        this.index = index;
    }

    @EventHandler
    void on(ChildRegisteredEvent event) {
        ChildRules.identityKey(event.fullName(), event.dateOfBirth()).ifPresent(key -> index.add(key, event.childId()));
    }

    @ResetHandler
    void reset() {
        index.clear();
    }
}
