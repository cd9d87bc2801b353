package org.convene.query.missing.api;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** One missing episode with everything recorded about it (null when unknown). */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.RETURN_INTERVIEW_WORKER, Roles.PANEL_CHAIR,
        Roles.PANEL_MEMBER, Roles.ADMINISTRATOR})
public record FindMissingEpisodeQuery(String episodeId) {
}
