package org.convene.coordination.missing;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.convene.coordination.missing.api.ChildReturnedEvent;
import org.convene.coordination.missing.api.InterviewFindings;
import org.convene.coordination.missing.api.InterviewOutcome;
import org.convene.coordination.missing.api.MarkReturnInterviewOverdueCommand;
import org.convene.coordination.missing.api.MissingEpisodeReportedEvent;
import org.convene.coordination.missing.api.MissingEpisodeRules;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.missing.api.MissingRiskReassessedEvent;
import org.convene.coordination.missing.api.OfferReturnInterviewCommand;
import org.convene.coordination.missing.api.ReassessMissingRiskCommand;
import org.convene.coordination.missing.api.RecordChildReturnedCommand;
import org.convene.coordination.missing.api.RecordReturnInterviewOutcomeCommand;
import org.convene.coordination.missing.api.RecordTextSafeConsentCommand;
import org.convene.coordination.missing.api.RecordTextSafeMessageSentCommand;
import org.convene.coordination.missing.api.ReportMissingEpisodeCommand;
import org.convene.coordination.missing.api.ReturnInterviewOfferedEvent;
import org.convene.coordination.missing.api.ReturnInterviewOutcomeRecordedEvent;
import org.convene.coordination.missing.api.ReturnInterviewOverdueEvent;
import org.convene.coordination.missing.api.TextSafeConsentRecordedEvent;
import org.convene.coordination.missing.api.TextSafeMessageSentEvent;
import org.convene.coordination.shared.UnseenChanges;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.coordination.shared.api.KnownAgencies;
import org.convene.coordination.shared.api.RecordedBy;
import org.convene.coordination.shared.api.TextRules;

/** One missing episode of one child: from the police notification to the return interview. */
@Aggregate(cache = "aggregateCache")
public class MissingEpisode {

    /** Every child returning from a missing episode is offered an interview within 72 hours. */
    public static final Duration INTERVIEW_WITHIN = Duration.ofHours(72);
    static final Duration CLOCK_TOLERANCE = MissingEpisodeRules.CLOCK_TOLERANCE;
    static final int MAX_TEXT = MissingEpisodeRules.MAX_TEXT;

    @AggregateIdentifier
    private String episodeId;
    private String childId;
    private Instant lastSeenAt;
    private MissingRiskLevel riskLevel;
    private boolean consent;
    private Instant returnedAt;
    private Instant interviewDueBy;
    private boolean offered;
    private boolean outcomeRecorded;
    private boolean overdue;

    MissingEpisode() {
        // for Axon
    }

    /** Created by {@link MissingEpisodeIntakeHandler}, which has checked that the child has a record. */
    MissingEpisode(ReportMissingEpisodeCommand c, RecordedBy recordedBy) {
        Instant now = GenericEventMessage.clock.instant();
        TextRules.throwIfAny(MissingEpisodeRules.reportProblems(c, now));
        apply(new MissingEpisodeReportedEvent(c.episodeId(), c.childId(), c.missingFrom(), c.careAbsenceType(),
                c.lastSeenAt(), c.policeReference().strip(), c.riskLevel(), strip(c.reportedBy()),
                strip(c.circumstances()), strip(c.lastKnownLocation()), recordedBy, now));
    }

    @CommandHandler
    void handle(ReassessMissingRiskCommand c, ConflictResolver unseen, KnownAgencies agencies, RecordedBy by) {
        UnseenChanges.refuseIfConflicting(unseen, MissingEpisode::reassessmentConflict, agencies, by.userId(),
                "reassess again");
        if (returnedAt != null) {
            throw new CommandRejectedException("The child has returned: the missing risk can no longer be reassessed.");
        }
        List<String> problems = new ArrayList<>();
        if (c.riskLevel() == null) {
            problems.add("Choose the new risk level.");
        }
        TextRules.requireText(c.reason(), "Give the reason for the reassessment.", MAX_TEXT, problems);
        TextRules.throwIfAny(problems);
        apply(new MissingRiskReassessedEvent(episodeId, childId, riskLevel, c.riskLevel(), c.reason().strip(),
                by, GenericEventMessage.clock.instant()));
    }

    /** Another reassessment or the child's return, recorded since the screen was read (decision 0022). */
    static String reassessmentConflict(Object event) {
        if (event instanceof MissingRiskReassessedEvent e) {
            return "reassessed the risk as " + e.riskLevel().label().toLowerCase(java.util.Locale.UK);
        }
        return event instanceof ChildReturnedEvent ? "recorded the child's return" : null;
    }

    @CommandHandler
    void handle(RecordTextSafeConsentCommand c, RecordedBy by) {
        List<String> problems = new ArrayList<>();
        TextRules.requireName(c.consentGivenBy(), "who gave consent", problems);
        TextRules.requireText(c.relationshipToChild(), "Give their relationship to the child (parent or carer).", 100,
                problems);
        TextRules.throwIfAny(problems);
        apply(new TextSafeConsentRecordedEvent(episodeId, childId, c.consentGivenBy().strip(),
                c.relationshipToChild().strip(), by, GenericEventMessage.clock.instant()));
    }

    @CommandHandler
    void handle(RecordTextSafeMessageSentCommand c, RecordedBy by) {
        if (!consent) {
            throw new CommandRejectedException("A TextSafe message needs a parent's or carer's consent first.");
        }
        Instant now = GenericEventMessage.clock.instant();
        if (c.sentAt() == null || c.sentAt().isAfter(now.plus(CLOCK_TOLERANCE)) || c.sentAt().isBefore(lastSeenAt)) {
            throw new CommandRejectedException("Enter when the message was sent: after the child was last seen and "
                    + "not in the future.");
        }
        apply(new TextSafeMessageSentEvent(episodeId, childId, c.sentAt(), by, now));
    }

    @CommandHandler
    void handle(RecordChildReturnedCommand c, RecordedBy by) {
        if (returnedAt != null) {
            throw new CommandRejectedException("The child's return is already recorded.");
        }
        Instant now = GenericEventMessage.clock.instant();
        TextRules.throwIfAny(MissingEpisodeRules.returnProblems(c, lastSeenAt, now));
        apply(new ChildReturnedEvent(episodeId, childId, c.returnedAt(), strip(c.whereFound()), strip(c.foundBy()),
                strip(c.harmOrInjury()), c.returnedAt().plus(INTERVIEW_WITHIN), by, now));
    }

    @CommandHandler
    void handle(OfferReturnInterviewCommand c, RecordedBy by) {
        refuseUnlessAwaitingInterview("A return interview is offered after the child has returned.");
        Instant now = GenericEventMessage.clock.instant();
        List<String> problems = new ArrayList<>();
        TextRules.requireText(c.provider(), "Name the independent provider of the interview.", 200, problems);
        if (c.offeredAt() == null || c.offeredAt().isBefore(returnedAt) || c.offeredAt().isAfter(now.plus(CLOCK_TOLERANCE))) {
            problems.add("Enter when the interview was offered: after the return and not in the future.");
        }
        TextRules.throwIfAny(problems);
        apply(new ReturnInterviewOfferedEvent(episodeId, childId, c.provider().strip(), c.offeredAt(),
                by, now));
    }

    @CommandHandler
    void handle(RecordReturnInterviewOutcomeCommand c, RecordedBy by) {
        refuseUnlessAwaitingInterview("The child has not returned yet.");
        Instant now = GenericEventMessage.clock.instant();
        List<String> problems = new ArrayList<>();
        if (c.outcome() == null) {
            problems.add("Choose the outcome of the return interview.");
        }
        if (c.happenedAt() == null || c.happenedAt().isBefore(returnedAt)
                || c.happenedAt().isAfter(now.plus(CLOCK_TOLERANCE))) {
            problems.add("Enter when it happened: after the return and not in the future.");
        }
        if (c.outcome() == InterviewOutcome.COMPLETED) {
            InterviewFindings f = c.findings();
            if (f == null || (blank(f.pushFactors()) && blank(f.pullFactors()) && blank(f.whereabouts())
                    && blank(f.disclosures()))) {
                problems.add("Record what the completed interview found.");
            } else {
                TextRules.optionalText(f.pushFactors(), "Push factors", MAX_TEXT, problems);
                TextRules.optionalText(f.pullFactors(), "Pull factors", MAX_TEXT, problems);
                TextRules.optionalText(f.whereabouts(), "Where the child was", MAX_TEXT, problems);
                TextRules.optionalText(f.disclosures(), "Disclosures", MAX_TEXT, problems);
            }
        } else if (c.outcome() == InterviewOutcome.NOT_POSSIBLE) {
            TextRules.requireText(c.reason(), "Give the reason the interview was not possible.", MAX_TEXT, problems);
        }
        TextRules.throwIfAny(problems);
        InterviewFindings findings = c.outcome() == InterviewOutcome.COMPLETED ? c.findings() : null;
        apply(new ReturnInterviewOutcomeRecordedEvent(episodeId, childId, c.outcome(), c.happenedAt(), findings,
                strip(c.reason()), !c.happenedAt().isAfter(interviewDueBy), by, now));
    }

    @CommandHandler
    void handle(MarkReturnInterviewOverdueCommand c) {
        if (returnedAt == null || outcomeRecorded || overdue) {
            return;   // nothing to mark: idempotent for a clock that fires twice
        }
        apply(new ReturnInterviewOverdueEvent(episodeId, childId, interviewDueBy, GenericEventMessage.clock.instant()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** An interview is offered, or its outcome recorded, once the child has returned and until the outcome is. */
    private void refuseUnlessAwaitingInterview(String notReturned) {
        if (returnedAt == null) {
            throw new CommandRejectedException(notReturned);
        }
        if (outcomeRecorded) {
            throw new CommandRejectedException("The return interview's outcome is already recorded.");
        }
    }

    @EventSourcingHandler
    void on(MissingEpisodeReportedEvent e) {
        episodeId = e.episodeId();
        childId = e.childId();
        lastSeenAt = e.lastSeenAt();
        riskLevel = e.riskLevel();
    }

    @EventSourcingHandler
    void on(MissingRiskReassessedEvent e) {
        riskLevel = e.riskLevel();
    }

    @EventSourcingHandler
    void on(TextSafeConsentRecordedEvent e) {
        consent = true;
    }

    @EventSourcingHandler
    void on(ChildReturnedEvent e) {
        returnedAt = e.returnedAt();
        interviewDueBy = e.interviewDueBy();
    }

    @EventSourcingHandler
    void on(ReturnInterviewOfferedEvent e) {
        offered = true;
    }

    @EventSourcingHandler
    void on(ReturnInterviewOutcomeRecordedEvent e) {
        outcomeRecorded = true;
    }

    @EventSourcingHandler
    void on(ReturnInterviewOverdueEvent e) {
        overdue = true;
    }
}
