package org.convene.coordination.missing;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.convene.coordination.missing.api.ChildFlaggedForExploitationPanelEvent;
import org.convene.coordination.missing.api.FlagChildForExploitationPanelCommand;

/** A flag raised for the exploitation panel by the repeat / high-risk missing rule; one per crossing. */
@Aggregate
public class PanelFlag {

    @AggregateIdentifier
    private String flagId;

    PanelFlag() {
        // for Axon
    }

    @CommandHandler
    PanelFlag(FlagChildForExploitationPanelCommand c) {
        apply(new ChildFlaggedForExploitationPanelEvent(c.flagId(), c.childId(), c.trigger(),
                List.copyOf(c.episodeIds()), GenericEventMessage.clock.instant()));
    }

    @EventSourcingHandler
    void on(ChildFlaggedForExploitationPanelEvent e) {
        flagId = e.flagId();
    }
}
