package org.convene.coordination.panel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.convene.coordination.child.ChildRecords;
import org.convene.coordination.panel.api.ClosePanelCaseCommand;
import org.convene.coordination.panel.api.CompletePanelActionCommand;
import org.convene.coordination.panel.api.MergePanelCasesCommand;
import org.convene.coordination.panel.api.PanelIds;
import org.convene.coordination.panel.api.PanelReferralSource;
import org.convene.coordination.panel.api.RecordMissingFlagPanelReferralCommand;
import org.convene.coordination.panel.api.RecordPanelDiscussionCommand;
import org.convene.coordination.panel.api.RecordScreeningPanelReferralCommand;
import org.convene.coordination.panel.api.ReferYoungPersonToPanelCommand;
import org.convene.coordination.referral.ReferralChildren;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.coordination.shared.api.KnownAgencies;
import org.convene.coordination.shared.api.RecordedBy;
import org.convene.coordination.shared.api.TextRules;
import org.springframework.stereotype.Component;

/**
 * Handles the commands about a young person at the panel: finds (or, for a referral, creates) the
 * young person's {@link YoungPersonPanelRecord}, after checking that the child has a record.
 */
@Component
class PanelRecordHandler {

    private final Repository<YoungPersonPanelRecord> records;
    private final ChildRecords children;
    private final ReferralChildren referralChildren;
    private final KnownAgencies agencies;

    PanelRecordHandler(Repository<YoungPersonPanelRecord> youngPersonPanelRecordRepository, ChildRecords children,
                       ReferralChildren referralChildren, KnownAgencies agencies) {
        this.records = youngPersonPanelRecordRepository;
        this.children = children;
        this.referralChildren = referralChildren;
        this.agencies = agencies;
    }

    @CommandHandler
    void handle(ReferYoungPersonToPanelCommand c,
                RecordedBy by) throws Exception {
        String childId = children.currentIdOf(c.childId());   // a merged record's referral goes to the survivor
        children.problemWith(childId).ifPresent(problem -> {
            throw new CommandRejectedException(problem);
        });
        YoungPersonPanelRecord.checkDirectReferral(c.panelReferralId(), c.exploitationTypes(), c.riskLevel(),
                c.reason());
        Instant now = GenericEventMessage.clock.instant();
        refer(childId, new YoungPersonPanelRecord.Referral(c.panelReferralId(), PanelReferralSource.AGENCY_REFERRAL,
                null, c.exploitationTypes(), c.riskLevel(), c.reason().strip(), now), by,
                now);
    }

    @CommandHandler
    void handle(RecordScreeningPanelReferralCommand c,
                RecordedBy by) throws Exception {
        Instant now = GenericEventMessage.clock.instant();
        String reason = c.rationale() == null || c.rationale().isBlank()
                ? "Referred by the screening meeting." : "Screening decision: " + c.rationale().strip();
        Set<String> referred = new HashSet<>();
        for (String childId : referralChildren.of(c.referralId())) {
            String current = children.currentIdOf(childId);   // a record merged since: its survivor's case
            if (children.problemWith(current).isPresent() || !referred.add(current)) {
                continue;
            }
            refer(current, new YoungPersonPanelRecord.Referral(PanelIds.fromScreeningDecision(c.decisionId(), childId),
                    PanelReferralSource.SCREENING_DECISION, c.referralId(), List.of(), null, reason, c.decidedAt()),
                    by, now);
        }
    }

    @CommandHandler
    void handle(RecordMissingFlagPanelReferralCommand c,
                RecordedBy by) throws Exception {
        String childId = children.currentIdOf(c.childId());   // flagged on a record merged since: the survivor
        if (children.problemWith(childId).isPresent()) {
            return;
        }
        Instant now = GenericEventMessage.clock.instant();
        String reason = "HIGH_RISK_EPISODE".equals(c.trigger()) ? "Flagged by a high-risk missing episode."
                : "Flagged by repeat missing episodes.";
        refer(childId, new YoungPersonPanelRecord.Referral(PanelIds.fromMissingFlag(c.flagId()),
                PanelReferralSource.MISSING_FLAG, c.flagId(), List.of(), null, reason, c.flaggedAt()),
                by, now);
    }

    @CommandHandler
    void handle(RecordPanelDiscussionCommand c, RecordedBy by) {
        Instant now = GenericEventMessage.clock.instant();
        existing(children.currentIdOf(c.childId()), c.expectedVersion()).execute(r -> {
            PanelConflicts.refuseOutcome(c.discussionId(), agencies, by.userId());
            r.discuss(c, agencies, by, now, today(now));
        });
    }

    @CommandHandler
    void handle(CompletePanelActionCommand c, RecordedBy by) {
        Instant now = GenericEventMessage.clock.instant();
        existing(children.currentIdOf(c.childId())).execute(r -> r.completeAction(c.actionId(), c.completedOn(), c.outcome(),
                by, now, today(now)));
    }

    @CommandHandler
    void handle(ClosePanelCaseCommand c, RecordedBy by) {
        Instant now = GenericEventMessage.clock.instant();
        existing(children.currentIdOf(c.childId()), c.expectedVersion()).execute(r -> {
            PanelConflicts.refuseClosure(agencies, by.userId());
            r.close(c.reason(), c.note(), by, now, today(now));
        });
    }

    /**
     * Two child records were merged: the duplicate's open case (if any) goes to the survivor's record
     * first, then the duplicate's case is closed as merged. Each step records nothing when done
     * before, so a retry after a partial write finishes the work.
     */
    @CommandHandler
    void handle(MergePanelCasesCommand c,
                RecordedBy by) throws Exception {
        if (c.duplicateChildId() == null || c.survivingChildId() == null) {
            throw new CommandRejectedException("Both child records of the merge are needed.");
        }
        String survivor = children.currentIdOf(c.survivingChildId());
        if (survivor.equals(c.duplicateChildId())) {
            return;
        }
        org.axonframework.modelling.command.Aggregate<YoungPersonPanelRecord> duplicate;
        try {
            duplicate = records.load(PanelIds.recordOf(c.duplicateChildId()));
        } catch (AggregateNotFoundException e) {
            return;   // never at the panel
        }
        Optional<YoungPersonPanelRecord.OpenCase> open = duplicate.invoke(YoungPersonPanelRecord::openCaseToMerge);
        if (open.isEmpty()) {
            return;
        }
        Instant now = GenericEventMessage.clock.instant();
        String survivingCase = records.loadOrCreate(PanelIds.recordOf(survivor), YoungPersonPanelRecord::new)
                .invoke(r -> r.takeOver(survivor, open.get(), by, now));
        duplicate.execute(r -> r.closeAsMerged(survivor, survivingCase, by, now, today(now)));
    }

    private void refer(String childId, YoungPersonPanelRecord.Referral referral, RecordedBy by, Instant now)
            throws Exception {
        records.loadOrCreate(PanelIds.recordOf(childId), YoungPersonPanelRecord::new)
                .execute(r -> r.refer(childId, referral, by, now));
    }

    private org.axonframework.modelling.command.Aggregate<YoungPersonPanelRecord> existing(String childId) {
        return existing(childId, null);
    }

    /** With an expected version: the events since are for {@link PanelConflicts} to judge. */
    private org.axonframework.modelling.command.Aggregate<YoungPersonPanelRecord> existing(String childId,
                                                                                          Long expectedVersion) {
        if (childId == null || childId.isBlank()) {
            throw new CommandRejectedException("A child id is missing.");
        }
        try {
            return records.load(PanelIds.recordOf(childId), expectedVersion);
        } catch (AggregateNotFoundException e) {
            throw new CommandRejectedException("This young person has never been referred to the panel.");
        }
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, TextRules.UK);
    }
}
