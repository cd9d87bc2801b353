package org.convene.coordination.referral.api;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/**
 * Record a new referral (notification) about a child.
 *
 * @param referralId       a new unique id chosen by the sender (a UUID); sending the same id twice
 *                         records nothing the second time
 * @param receivedAt       when the referral reached the front door
 * @param sourceCode       DfE source-of-referral code (e.g. {@code 6} for police)
 * @param childName        the child's full name as given
 * @param childDateOfBirth date of birth, or the expected date for an unborn child; may be unknown
 */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR})
public record RecordReferralCommand(
        @TargetAggregateIdentifier String referralId,
        Instant receivedAt,
        String sourceCode,
        ReferralType type,
        String childName,
        LocalDate childDateOfBirth,
        String narrative,
        boolean urgent) {
}
