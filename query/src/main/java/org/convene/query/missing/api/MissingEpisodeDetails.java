package org.convene.query.missing.api;

import java.time.Instant;
import java.util.List;

import org.convene.coordination.missing.api.CareAbsenceType;
import org.convene.coordination.missing.api.InterviewFindings;
import org.convene.coordination.missing.api.InterviewOutcome;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;

/**
 * A missing episode as the coordinator sees it. {@code riskHistory} starts with the initial risk.
 * Fields about the return and the interview are null until recorded. {@code version} is the sequence
 * number of the episode's latest event shown ({@code null} when not known), sent back with a
 * reassessment so that one made meanwhile is not overridden unseen (decision 0022).
 */
public record MissingEpisodeDetails(String episodeId, String childId, String childName, MissingFrom missingFrom,
                                    CareAbsenceType careAbsenceType, Instant lastSeenAt, String policeReference,
                                    MissingRiskLevel riskLevel, List<RiskChange> riskHistory, String reportedBy,
                                    String circumstances, String lastKnownLocation, String textSafeConsentBy,
                                    Instant textSafeSentAt, Instant returnedAt, String whereFound, String foundBy,
                                    String harmOrInjury, Instant interviewDueBy, String interviewProvider,
                                    Instant interviewOfferedAt, InterviewOutcome interviewOutcome,
                                    Instant interviewAt, InterviewFindings findings, String notPossibleReason,
                                    Boolean interviewWithinDeadline, boolean interviewOverdue,
                                    String recordedByUser, String recordedByAgency, Instant recordedAt,
                                    Long version) {
}
