package org.convene.query.chronology.api;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** A child's chronology: every recorded event about them, in the order things happened. */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.ADMINISTRATOR})
public record FindChildChronologyQuery(String childId) {
}
