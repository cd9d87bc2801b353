package org.convene.query.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.convene.coordination.child.api.ChildRegisteredEvent;
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

    private static ScreeningDecision decision(ScreeningResponse response) {
        return new ScreeningDecision(List.of("northshire-police"), response, null, 3, 2, "Fictitious.", List.of());
    }
}
