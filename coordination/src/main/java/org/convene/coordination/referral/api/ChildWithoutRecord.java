package org.convene.coordination.referral.api;

import java.time.LocalDate;

/**
 * A child a referral names by name and date of birth only, without a child record: only the first
 * release recorded referrals like this (its {@code ReferralRecordedEvent}, read today as a
 * {@link ReferralReceivedEvent}, decision 0027). New referrals name registered children.
 */
public record ChildWithoutRecord(String fullName, LocalDate dateOfBirth) {
}
