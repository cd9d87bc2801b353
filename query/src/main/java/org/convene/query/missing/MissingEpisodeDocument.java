package org.convene.query.missing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.convene.coordination.missing.api.CareAbsenceType;
import org.convene.coordination.missing.api.InterviewFindings;
import org.convene.coordination.missing.api.InterviewOutcome;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Everything recorded about one missing episode, keyed by episode id (read by {@code _id} only).
 * {@code childId} is the id named by the events; names, date of birth and merges are resolved
 * through the child directory when read.
 */
@Document(MissingEpisodeDocument.COLLECTION)
class MissingEpisodeDocument {

    static final String COLLECTION = "missing_episodes";

    @Id
    String episodeId;
    String childId;
    MissingFrom missingFrom;
    CareAbsenceType careAbsenceType;
    Instant lastSeenAt;
    String policeReference;
    MissingRiskLevel riskLevel;
    /** The initial risk (entry id {@code reported}) then each reassessment (entry id = event id). */
    List<RiskEntry> riskHistory = new ArrayList<>();
    String reportedBy;
    String circumstances;
    String lastKnownLocation;
    String textSafeConsentBy;
    Instant textSafeSentAt;
    Instant returnedAt;
    String whereFound;
    String foundBy;
    String harmOrInjury;
    Instant interviewDueBy;
    String interviewProvider;
    Instant interviewOfferedAt;
    InterviewOutcome interviewOutcome;
    Instant interviewAt;
    InterviewFindings findings;
    String notPossibleReason;
    Boolean interviewWithinDeadline;
    boolean interviewOverdue;
    String recordedByUser;
    String recordedByAgency;
    Instant recordedAt;
    /** The sequence number of the episode's latest event seen here; {@code null} in a document written before. */
    Long version;

    record RiskEntry(String entryId, MissingRiskLevel riskLevel, String reason, String recordedByUser,
                     Instant recordedAt) {
    }
}
