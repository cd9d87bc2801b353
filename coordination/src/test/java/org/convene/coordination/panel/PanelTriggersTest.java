package org.convene.coordination.panel;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.convene.coordination.child.api.ChildRecordsMergedEvent;
import org.convene.coordination.missing.api.ChildFlaggedForExploitationPanelEvent;
import org.convene.coordination.panel.api.MergePanelCasesCommand;
import org.convene.coordination.panel.api.RecordMissingFlagPanelReferralCommand;
import org.convene.coordination.panel.api.RecordScreeningPanelReferralCommand;
import org.convene.coordination.referral.api.ScreeningDecision;
import org.convene.coordination.referral.api.ScreeningDecisionRecordedEvent;
import org.convene.coordination.referral.api.ScreeningDecisionRevisedEvent;
import org.convene.coordination.referral.api.ScreeningResponse;
import org.convene.coordination.shared.api.RecordedBy;
import org.junit.jupiter.api.Test;

/** Which events bring a young person to the panel, and through which system command. */
class PanelTriggersTest {

    private static final RecordedBy CHAIR = new RecordedBy("mash.chair", "northshire-csc");
    private static final Instant AT = Instant.parse("2026-11-02T10:00:00Z");

    private final CommandGateway gateway = mock(CommandGateway.class);
    private final PanelTriggers triggers = new PanelTriggers(gateway);

    private static ScreeningDecision decision(ScreeningResponse response) {
        return new ScreeningDecision(List.of("northshire-police"), response, null, 3, null, "Indicators of CCE",
                List.of());
    }

    @Test
    void aDecisionToReferToThePanelSendsTheScreeningReferral() {
        triggers.on(new ScreeningDecisionRecordedEvent("ref-1", "dec-1",
                decision(ScreeningResponse.EXPLOITATION_PANEL_REFERRAL), CHAIR, AT));
        verify(gateway).sendAndWait(new RecordScreeningPanelReferralCommand("ref-1", "dec-1", "Indicators of CCE", AT));
    }

    @Test
    void aRevisionToThePanelResponseAlsoRefers() {
        triggers.on(new ScreeningDecisionRevisedEvent("ref-1", "dec-2", "dec-1",
                decision(ScreeningResponse.EXPLOITATION_PANEL_REFERRAL), "New information", CHAIR, AT));
        verify(gateway).sendAndWait(new RecordScreeningPanelReferralCommand("ref-1", "dec-2", "Indicators of CCE", AT));
    }

    @Test
    void otherResponsesDoNot() {
        triggers.on(new ScreeningDecisionRecordedEvent("ref-1", "dec-1", decision(ScreeningResponse.EARLY_HELP),
                CHAIR, AT));
        verify(gateway, never()).sendAndWait(any());
    }

    @Test
    void theMissingFlagRefers() {
        triggers.on(new ChildFlaggedForExploitationPanelEvent("f-1", "child-1",
                ChildFlaggedForExploitationPanelEvent.REPEAT_MISSING, List.of("e-1", "e-2", "e-3"), AT));
        verify(gateway).sendAndWait(new RecordMissingFlagPanelReferralCommand("child-1", "f-1", "REPEAT_MISSING", AT));
    }

    @Test
    void aMergeOfTwoChildRecordsMergesTheirPanelCases() {
        triggers.on(new ChildRecordsMergedEvent("child-2", "child-1", "Same NHS number", CHAIR, AT));
        verify(gateway).sendAndWait(new MergePanelCasesCommand("child-2", "child-1"));
    }
}
