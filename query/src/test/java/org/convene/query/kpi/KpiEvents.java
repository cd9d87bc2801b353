package org.convene.query.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.convene.coordination.child.api.ChildRegisteredEvent;
import org.convene.coordination.panel.api.ActionHeading;
import org.convene.coordination.panel.api.ClosureReason;
import org.convene.coordination.panel.api.PanelActionAgreedEvent;
import org.convene.coordination.panel.api.PanelActionCompletedEvent;
import org.convene.coordination.panel.api.PanelCaseClosedEvent;
import org.convene.coordination.panel.api.PanelDiscussionType;
import org.convene.coordination.panel.api.PanelRiskLevel;
import org.convene.coordination.panel.api.YoungPersonDiscussedAtPanelEvent;
import org.convene.coordination.referral.api.DashLevel;
import org.convene.coordination.referral.api.ReferralReceivedEvent;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.coordination.referral.api.ScreeningDecision;
import org.convene.coordination.referral.api.ScreeningDecisionRecordedEvent;
import org.convene.coordination.referral.api.ScreeningDecisionRevisedEvent;
import org.convene.coordination.referral.api.ScreeningResponse;
import org.convene.query.testsupport.ScreeningEvents;

/** Fictitious events for the KPI tests, with the fields the KPIs read spelled out. */
final class KpiEvents {

    private KpiEvents() {
    }

    static Instant at(String utc) {
        return Instant.parse(utc);
    }

    static ChildRegisteredEvent child(String id, String sexCode, String ethnicityCode, String locality) {
        return new ChildRegisteredEvent(id, "Child " + id, LocalDate.of(2012, 3, 4), false, sexCode, ethnicityCode,
                locality, List.of(), false, ScreeningEvents.SOCIAL, Instant.parse("2024-01-01T09:00:00Z"));
    }

    static ReferralReceivedEvent referral(String id, String receivedAt, String source, DashLevel dash,
                                          String... childIds) {
        Instant received = at(receivedAt);
        return new ReferralReceivedEvent(id, received, source,
                dash == null ? ReferralType.PROFESSIONAL_CONCERN : ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION,
                LocalDate.ofInstant(received, ZoneOffset.UTC), List.of(childIds), List.of(), List.of(), dash,
                "Fictitious.", false, null, ScreeningEvents.POLICE, received.plusSeconds(60));
    }

    static ScreeningDecisionRecordedEvent decided(String referralId, String at, ScreeningResponse response) {
        return new ScreeningDecisionRecordedEvent(referralId, referralId + "-d1", decision(response),
                ScreeningEvents.CHAIR, at(at));
    }

    static ScreeningDecisionRevisedEvent revised(String referralId, String at, ScreeningResponse response) {
        return new ScreeningDecisionRevisedEvent(referralId, referralId + "-d2", referralId + "-d1",
                decision(response), "New information.", ScreeningEvents.CHAIR, at(at));
    }

    static YoungPersonDiscussedAtPanelEvent discussed(String id, String childId, String on, PanelDiscussionType type,
                                                      PanelRiskLevel previous, PanelRiskLevel agreed,
                                                      String caseReferredAt) {
        LocalDate day = LocalDate.parse(on);
        return new YoungPersonDiscussedAtPanelEvent(childId, "case-" + childId, id, "meeting-" + on, day, type,
                previous, agreed, "Fictitious.", List.of(), List.of(), List.of(), day.plusMonths(1),
                at(caseReferredAt), ScreeningEvents.CHAIR, day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    static PanelActionAgreedEvent agreed(String actionId, String childId, String due) {
        return new PanelActionAgreedEvent(childId, "case-" + childId, actionId, "d", "m", ActionHeading.PROTECT,
                "Fictitious action.", "northshire-police", LocalDate.parse(due), LocalDate.parse(due).minusDays(20),
                ScreeningEvents.CHAIR, at("2026-04-01T09:00:00Z"));
    }

    static PanelActionCompletedEvent done(String actionId, String childId, String due, String on) {
        return new PanelActionCompletedEvent(childId, "case-" + childId, actionId, ActionHeading.PROTECT,
                "northshire-police", LocalDate.parse(due), LocalDate.parse(on),
                !LocalDate.parse(on).isAfter(LocalDate.parse(due)), "Done.", ScreeningEvents.POLICE,
                LocalDate.parse(on).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    static PanelCaseClosedEvent closed(String childId, String on, String... withdrawnActionIds) {
        return new PanelCaseClosedEvent(childId, "case-" + childId, ClosureReason.RISK_REDUCED, "Fictitious.",
                LocalDate.parse(on), null, null, List.of(withdrawnActionIds), ScreeningEvents.CHAIR,
                LocalDate.parse(on).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static ScreeningDecision decision(ScreeningResponse response) {
        return new ScreeningDecision(List.of("northshire-police"), response, null, 3, 2, "Fictitious.", List.of());
    }
}
