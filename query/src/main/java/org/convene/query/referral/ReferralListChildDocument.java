package org.convene.query.referral;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The referral list's own copy of each child's name and date of birth, keyed by child id. The list
 * is a separate processing group ({@code referral-list}), so it cannot rely on the child records of
 * the {@code screening} group having caught up; it keeps what it needs itself.
 */
@Document(ReferralListChildDocument.COLLECTION)
record ReferralListChildDocument(@Id String childId, String fullName, LocalDate dateOfBirth) {

    static final String COLLECTION = "referral_list_children";
}
