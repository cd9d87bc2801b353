package org.convene.query.missing;

import java.time.Instant;

import org.convene.coordination.missing.api.CareAbsenceType;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A child missing now. The collection holds open episodes only (deleted on return): read whole. */
@Document(MissingNowDocument.COLLECTION)
class MissingNowDocument {

    static final String COLLECTION = "missing_now";

    @Id
    String episodeId;
    String childId;
    MissingFrom missingFrom;
    CareAbsenceType careAbsenceType;
    Instant lastSeenAt;
    MissingRiskLevel riskLevel;
    String policeReference;
    String lastKnownLocation;
    boolean textSafeSent;
}
