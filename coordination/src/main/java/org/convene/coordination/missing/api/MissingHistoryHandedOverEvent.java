package org.convene.coordination.missing.api;

import java.time.Instant;
import java.util.List;

import org.convene.coordination.shared.api.RecordedBy;

/**
 * The missing history of a child record merged into another was handed to the surviving record's
 * repeat-missing watcher, so that episodes split across the two records count together. Sent once
 * at the merge, and again when an episode (or a high-risk reassessment) reaches the duplicate record
 * afterwards. Recorded by the system. Permanent.
 *
 * @param handoverId                deterministic: the merge and what was new
 * @param episodes                  every episode known on the duplicate record, with when it started
 * @param highRiskEpisodeIds        the episodes assessed high risk
 * @param flaggedHighRiskEpisodeIds the high-risk episodes already flagged for the panel (not to be flagged again)
 * @param atOrAboveThreshold        the duplicate record was already at or above the repeat threshold (and flagged)
 */
public record MissingHistoryHandedOverEvent(
        String handoverId,
        String duplicateChildId,
        String survivingChildId,
        List<EpisodeStart> episodes,
        List<String> highRiskEpisodeIds,
        List<String> flaggedHighRiskEpisodeIds,
        boolean atOrAboveThreshold,
        RecordedBy recordedBy,
        Instant recordedAt) {

    /** An episode and when it started (the child was last seen). */
    public record EpisodeStart(String episodeId, Instant lastSeenAt) {
    }
}
