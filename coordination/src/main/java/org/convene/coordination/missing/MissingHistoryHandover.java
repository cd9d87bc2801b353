package org.convene.coordination.missing;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.convene.coordination.missing.api.HandOverMissingHistoryCommand;
import org.convene.coordination.missing.api.MissingHistoryHandedOverEvent;
import org.convene.coordination.shared.api.MessageMetaData;
import org.convene.coordination.shared.api.RecordedBy;
import org.convene.coordination.shared.api.SystemCommand;

/**
 * One hand-over of a merged record's missing history to the surviving record's watcher. Its id is
 * derived from the merge and what was new, so a repeated hand-over is recorded once (the second
 * creation fails as a duplicate aggregate, which the watcher treats as done).
 */
@Aggregate
public class MissingHistoryHandover {

    @AggregateIdentifier
    private String handoverId;

    MissingHistoryHandover() {
        // for Axon
    }

    @CommandHandler
    MissingHistoryHandover(HandOverMissingHistoryCommand c,
                           @MetaDataValue(MessageMetaData.USER_ID) String userId,
                           @MetaDataValue(MessageMetaData.AGENCY_ID) String agencyId) {
        apply(new MissingHistoryHandedOverEvent(c.handoverId(), c.duplicateChildId(), c.survivingChildId(),
                List.copyOf(c.episodes()), List.copyOf(c.highRiskEpisodeIds()),
                List.copyOf(c.flaggedHighRiskEpisodeIds()), c.atOrAboveThreshold(),
                new RecordedBy(userId == null ? SystemCommand.SYSTEM_USER : userId,
                        agencyId == null ? SystemCommand.SYSTEM_AGENCY : agencyId),
                GenericEventMessage.clock.instant()));
    }

    @EventSourcingHandler
    void on(MissingHistoryHandedOverEvent e) {
        handoverId = e.handoverId();
    }
}
