package org.convene.query.testsupport;

import java.time.Instant;
import java.util.List;

import org.convene.coordination.missing.api.CareAbsenceType;
import org.convene.coordination.missing.api.ChildFlaggedForExploitationPanelEvent;
import org.convene.coordination.missing.api.ChildReturnedEvent;
import org.convene.coordination.missing.api.InterviewFindings;
import org.convene.coordination.missing.api.InterviewOutcome;
import org.convene.coordination.missing.api.MissingEpisodeReportedEvent;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.missing.api.MissingRiskReassessedEvent;
import org.convene.coordination.missing.api.ReturnInterviewOfferedEvent;
import org.convene.coordination.missing.api.ReturnInterviewOutcomeRecordedEvent;
import org.convene.coordination.missing.api.ReturnInterviewOverdueEvent;
import org.convene.coordination.missing.api.TextSafeMessageSentEvent;
import org.convene.coordination.shared.api.RecordedBy;

/** Fictitious events of the missing-episode feature for projection tests. */
public final class MissingEvents {

    public static final RecordedBy POLICE = ScreeningEvents.POLICE;
    public static final RecordedBy WORKER = new RecordedBy("ri.worker", "northshire-csc");
    public static final Instant HOURS_72 = Instant.EPOCH.plusSeconds(72 * 3600);

    private MissingEvents() {
    }

    /** Missing from care (M or A), or from home when {@code type} is null. */
    public static MissingEpisodeReportedEvent reported(String episodeId, String childId, CareAbsenceType type,
                                                       Instant lastSeenAt, MissingRiskLevel risk) {
        return new MissingEpisodeReportedEvent(episodeId, childId, type == null ? MissingFrom.HOME : MissingFrom.CARE,
                type, lastSeenAt, "NP-" + episodeId, risk, type == null ? "mother" : "foster carer",
                "Did not come home; fictitious.", "Northtown bus station", POLICE, lastSeenAt.plusSeconds(3600));
    }

    public static MissingRiskReassessedEvent reassessed(String episodeId, String childId, MissingRiskLevel from,
                                                        MissingRiskLevel to, Instant at) {
        return new MissingRiskReassessedEvent(episodeId, childId, from, to, "Seen with older males; fictitious.",
                POLICE, at);
    }

    public static TextSafeMessageSentEvent textSafe(String episodeId, String childId, Instant at) {
        return new TextSafeMessageSentEvent(episodeId, childId, at, WORKER, at);
    }

    public static ChildReturnedEvent returned(String episodeId, String childId, Instant returnedAt) {
        return new ChildReturnedEvent(episodeId, childId, returnedAt, "Friend's flat", "police", "none",
                returnedAt.plusSeconds(72 * 3600), POLICE, returnedAt.plusSeconds(1800));
    }

    public static ReturnInterviewOfferedEvent offered(String episodeId, String childId, Instant at) {
        return new ReturnInterviewOfferedEvent(episodeId, childId, "Safe Steps charity", at, WORKER, at);
    }

    public static ReturnInterviewOverdueEvent overdue(String episodeId, String childId, Instant dueBy) {
        return new ReturnInterviewOverdueEvent(episodeId, childId, dueBy, dueBy.plusSeconds(5));
    }

    public static ReturnInterviewOutcomeRecordedEvent outcome(String episodeId, String childId,
                                                              InterviewOutcome outcome, Instant at,
                                                              List<String> indicators, String disclosures) {
        InterviewFindings findings = outcome == InterviewOutcome.COMPLETED
                ? new InterviewFindings("arguments at home", "older friends", "a flat in Southtown", indicators,
                disclosures, List.of())
                : null;
        return new ReturnInterviewOutcomeRecordedEvent(episodeId, childId, outcome, at, findings,
                outcome == InterviewOutcome.NOT_POSSIBLE ? "Child moved placement out of area." : null, true,
                WORKER, at.plusSeconds(600));
    }

    public static ChildFlaggedForExploitationPanelEvent flagged(String flagId, String childId, Instant at,
                                                                String... episodeIds) {
        return new ChildFlaggedForExploitationPanelEvent(flagId, childId,
                ChildFlaggedForExploitationPanelEvent.REPEAT_MISSING, List.of(episodeIds), at);
    }
}
