package org.convene.query.referral.api;

import java.time.LocalDate;

/** A child named on a referral (childId is null only for first-slice referrals made before child records). */
public record ChildRef(String childId, String fullName, LocalDate dateOfBirth, boolean dateOfBirthIsExpected) {
}
