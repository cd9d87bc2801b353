package org.convene.query.testsupport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.convene.coordination.child.api.ChildRecordsMergedEvent;
import org.convene.coordination.child.api.ChildRegisteredEvent;
import org.convene.coordination.referral.api.ActionCompletedEvent;
import org.convene.coordination.referral.api.ActionSpec;
import org.convene.coordination.referral.api.AdultRole;
import org.convene.coordination.referral.api.AgencyContributionRecordedEvent;
import org.convene.coordination.referral.api.DashLevel;
import org.convene.coordination.referral.api.InvolvedAdult;
import org.convene.coordination.referral.api.ReferralReceivedEvent;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.coordination.referral.api.ReferralWithdrawnEvent;
import org.convene.coordination.referral.api.ScreeningDecision;
import org.convene.coordination.referral.api.ScreeningDecisionRecordedEvent;
import org.convene.coordination.referral.api.ScreeningDecisionRevisedEvent;
import org.convene.coordination.referral.api.ScreeningResponse;
import org.convene.coordination.shared.api.RecordedBy;

/** Fictitious events of the screening feature for projection tests. */
public final class ScreeningEvents {

    public static final RecordedBy POLICE = new RecordedBy("police.screener", "northshire-police");
    public static final RecordedBy SOCIAL = new RecordedBy("social.screener", "northshire-csc");
    public static final RecordedBy HEALTH = new RecordedBy("health.screener", "northshire-health");
    public static final RecordedBy CHAIR = new RecordedBy("mash.chair", "northshire-csc");

    private ScreeningEvents() {
    }

    public static ChildRegisteredEvent child(String childId, String name, LocalDate dob) {
        return new ChildRegisteredEvent(childId, name, dob, false, "2", "WBRI", "Northtown", List.of(), false,
                SOCIAL, Instant.parse("2026-03-01T09:00:00Z"));
    }

    public static ChildRecordsMergedEvent merged(String duplicateId, String survivorId, Instant at) {
        return new ChildRecordsMergedEvent(duplicateId, survivorId, "Same child, recorded twice.", CHAIR, at);
    }

    public static ReferralReceivedEvent received(String referralId, Instant receivedAt, boolean urgent, DashLevel dash,
                                                 String... childIds) {
        return new ReferralReceivedEvent(referralId, receivedAt, "6",
                dash == null ? ReferralType.PROFESSIONAL_CONCERN : ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION,
                LocalDate.ofInstant(receivedAt, java.time.ZoneOffset.UTC), List.of(childIds),
                List.of(new InvolvedAdult("Pat Example", AdultRole.VICTIM)), List.of("3A"), dash,
                "Police attended; fictitious.", urgent, "OCC-" + referralId, POLICE, receivedAt.plusSeconds(600));
    }

    public static AgencyContributionRecordedEvent contribution(String referralId, RecordedBy by, String info,
                                                               Instant at) {
        return new AgencyContributionRecordedEvent(referralId, by.agencyId(), true, info, by, at);
    }

    public static ScreeningDecision decision(ScreeningResponse response, ActionSpec... actions) {
        return new ScreeningDecision(List.of("northshire-police", "northshire-csc"), response, null, 3, 2,
                "Fictitious rationale.", List.of(actions));
    }

    public static ActionSpec action(String actionId, String ownerAgencyId, LocalDate due) {
        return new ActionSpec(actionId, "Action " + actionId, ownerAgencyId, due);
    }

    public static ScreeningDecisionRecordedEvent decided(String referralId, String decisionId, Instant at,
                                                         ActionSpec... actions) {
        return new ScreeningDecisionRecordedEvent(referralId, decisionId,
                decision(ScreeningResponse.EARLY_HELP, actions), CHAIR, at);
    }

    public static ScreeningDecisionRevisedEvent revised(String referralId, String decisionId, String revises,
                                                        Instant at, ActionSpec... actions) {
        return new ScreeningDecisionRevisedEvent(referralId, decisionId, revises,
                decision(ScreeningResponse.CHILD_AND_FAMILY_ASSESSMENT, actions), "New information from school.",
                CHAIR, at);
    }

    public static ReferralWithdrawnEvent withdrawn(String referralId, Instant at) {
        return new ReferralWithdrawnEvent(referralId, "Recorded in error.", POLICE, at);
    }

    public static ActionCompletedEvent completed(String referralId, String actionId, RecordedBy by, Instant at) {
        return new ActionCompletedEvent(referralId, actionId, "Done; fictitious outcome.", by, at);
    }
}
