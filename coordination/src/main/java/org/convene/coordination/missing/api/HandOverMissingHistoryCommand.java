package org.convene.coordination.missing.api;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.convene.coordination.shared.api.SystemCommand;

/**
 * Sent by the repeat-missing watcher of a child record that was merged into another, never by
 * users: it hands what the watcher knows (episode starts, high-risk episodes, flags already raised)
 * to the surviving record's watcher. The hand-over id is derived from the merge and what was new,
 * so sending the same hand-over twice records it once.
 */
@SystemCommand
public record HandOverMissingHistoryCommand(@TargetAggregateIdentifier String handoverId, String duplicateChildId,
                                            String survivingChildId, List<MissingHistoryHandedOverEvent.EpisodeStart> episodes,
                                            List<String> highRiskEpisodeIds, List<String> flaggedHighRiskEpisodeIds,
                                            boolean atOrAboveThreshold) {
}
