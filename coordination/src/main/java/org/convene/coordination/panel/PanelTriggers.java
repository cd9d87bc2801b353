package org.convene.coordination.panel;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.convene.coordination.child.api.ChildRecordsMergedEvent;
import org.convene.coordination.missing.api.ChildFlaggedForExploitationPanelEvent;
import org.convene.coordination.panel.api.MergePanelCasesCommand;
import org.convene.coordination.panel.api.RecordMissingFlagPanelReferralCommand;
import org.convene.coordination.panel.api.RecordScreeningPanelReferralCommand;
import org.convene.coordination.referral.api.ScreeningDecision;
import org.convene.coordination.referral.api.ScreeningDecisionRecordedEvent;
import org.convene.coordination.referral.api.ScreeningDecisionRevisedEvent;
import org.convene.coordination.referral.api.ScreeningResponse;
import org.springframework.stereotype.Component;

/**
 * Brings young people to the panel from other features: a screening decision (or revision) whose
 * response is a referral to the exploitation panel, and the repeat / high-risk missing flag; and
 * follows a merge of two child records (one open case per young person). Sends
 * system commands whose referral ids are derived from the decision or flag, so a redelivered or
 * replayed event records nothing twice. Not a projection: never replayed by a rebuild.
 */
@Component
@DisallowReplay
@ProcessingGroup(PanelTriggers.PROCESSING_GROUP)
class PanelTriggers {

    static final String PROCESSING_GROUP = "panel-triggers";

    private final CommandGateway commands;

    PanelTriggers(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(ScreeningDecisionRecordedEvent e) {
        decided(e.referralId(), e.decisionId(), e.decision(), e.recordedAt());
    }

    @EventHandler
    void on(ScreeningDecisionRevisedEvent e) {
        decided(e.referralId(), e.decisionId(), e.decision(), e.recordedAt());
    }

    private void decided(String referralId, String decisionId, ScreeningDecision decision, java.time.Instant at) {
        if (decision.response() == ScreeningResponse.EXPLOITATION_PANEL_REFERRAL) {
            commands.sendAndWait(new RecordScreeningPanelReferralCommand(referralId, decisionId, decision.rationale(),
                    at));
        }
    }

    /** One open case per young person: a merged record's open case joins (or becomes) the survivor's. */
    @EventHandler
    void on(ChildRecordsMergedEvent e) {
        commands.sendAndWait(new MergePanelCasesCommand(e.duplicateChildId(), e.survivingChildId()));
    }

    @EventHandler
    void on(ChildFlaggedForExploitationPanelEvent e) {
        commands.sendAndWait(new RecordMissingFlagPanelReferralCommand(e.childId(), e.flagId(), e.trigger(),
                e.recordedAt()));
    }
}
