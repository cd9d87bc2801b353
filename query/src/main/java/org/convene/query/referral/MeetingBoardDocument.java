package org.convene.query.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.convene.coordination.referral.api.DashLevel;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.query.referral.api.ChildRef;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A referral awaiting screening. The collection holds only those (deleted when decided or
 * withdrawn), so reading the whole board stays cheap on the embedded store.
 */
@Document(MeetingBoardDocument.COLLECTION)
class MeetingBoardDocument {

    static final String COLLECTION = "meeting_board";

    @Id
    String referralId;
    Instant receivedAt;
    String sourceCode;
    ReferralType type;
    boolean urgent;
    DashLevel dashLevel;
    List<ChildRef> children = new ArrayList<>();
    List<String> contributingAgencies = new ArrayList<>();
}
