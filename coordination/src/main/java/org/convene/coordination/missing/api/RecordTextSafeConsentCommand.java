package org.convene.coordination.missing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** A parent or carer consented to a TextSafe message being sent to the child's phone. */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.RETURN_INTERVIEW_WORKER})
public record RecordTextSafeConsentCommand(@TargetAggregateIdentifier String episodeId, String consentGivenBy,
                                           String relationshipToChild) {
}
