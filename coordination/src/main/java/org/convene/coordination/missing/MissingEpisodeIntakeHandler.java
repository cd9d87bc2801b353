package org.convene.coordination.missing;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.Repository;
import org.convene.coordination.child.ChildRecords;
import org.convene.coordination.missing.api.ReportMissingEpisodeCommand;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.coordination.shared.api.MessageMetaData;
import org.convene.coordination.shared.api.RecordedBy;
import org.springframework.stereotype.Component;

/** Records a missing notification after checking that the child has a current record. */
@Component
class MissingEpisodeIntakeHandler {

    private final Repository<MissingEpisode> episodes;
    private final ChildRecords children;

    MissingEpisodeIntakeHandler(Repository<MissingEpisode> missingEpisodeRepository, ChildRecords children) {
        this.episodes = missingEpisodeRepository;
        this.children = children;
    }

    @CommandHandler
    String handle(ReportMissingEpisodeCommand command,
                  @MetaDataValue(value = MessageMetaData.USER_ID, required = true) String userId,
                  @MetaDataValue(value = MessageMetaData.AGENCY_ID, required = true) String agencyId)
            throws Exception {
        children.problemWith(command.childId()).ifPresent(problem -> {
            throw new CommandRejectedException(problem);
        });
        episodes.newInstance(() -> new MissingEpisode(command, new RecordedBy(userId, agencyId)));
        return command.episodeId();
    }
}
