package org.convene.coordination.child.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/**
 * Make a new child record. Send it only after the likely matches of an existing child have been
 * offered and declined (see the query side's FindLikelyChildMatchesQuery).
 *
 * @param dateOfBirth          may be null when not known
 * @param dateOfBirthIsExpected true for an unborn child: the date is the expected date of birth
 * @param sexCode              DfE sex code (1 male, 2 female), or null if not known
 * @param ethnicityCode        DfE ethnicity code (e.g. WBRI), or null if not yet recorded
 * @param locality             the district the child lives in
 */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR})
public record RegisterChildCommand(
        @TargetAggregateIdentifier String childId,
        String fullName,
        LocalDate dateOfBirth,
        boolean dateOfBirthIsExpected,
        String sexCode,
        String ethnicityCode,
        String locality,
        List<AgencyIdentifier> identifiers,
        boolean lookedAfter) {
}
