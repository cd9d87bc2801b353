package org.convene.query.chronology.api;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;
import org.convene.query.audit.api.AccessPurpose;
import org.convene.query.audit.api.AccessedRecord;

/**
 * A child's chronology: every recorded event about them, in the order things happened. An audited
 * read: answering it adds one entry to the child's access log (the user and agency on the query,
 * the purpose given here), and it is refused without a purpose.
 *
 * @param record what the chronology is opened for (the chronology screen, or a panel pack)
 */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.ADMINISTRATOR})
public record FindChildChronologyQuery(String childId, AccessPurpose purpose, AccessedRecord record) {

    public FindChildChronologyQuery(String childId, AccessPurpose purpose) {
        this(childId, purpose, AccessedRecord.CHRONOLOGY);
    }
}
