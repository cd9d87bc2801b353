package org.convene.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.panel.api.ExploitationType;
import org.convene.coordination.panel.api.PanelIds;
import org.convene.coordination.panel.api.PanelReferralSource;
import org.convene.coordination.panel.api.PanelRiskLevel;
import org.convene.coordination.panel.api.RecordPanelDiscussionCommand;
import org.convene.coordination.panel.api.RecordScreeningPanelReferralCommand;
import org.convene.coordination.panel.api.ReferYoungPersonToPanelCommand;
import org.convene.coordination.panel.api.SchedulePanelMeetingCommand;
import org.convene.coordination.referral.api.ReceiveReferralCommand;
import org.convene.coordination.referral.api.RecordScreeningDecisionCommand;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.coordination.referral.api.ScreeningDecision;
import org.convene.coordination.referral.api.ScreeningResponse;
import org.convene.infra.projection.ProjectionRebuilder;
import org.convene.infra.security.MongoUserDetailsService;
import org.convene.query.panel.api.DriftFlag;
import org.convene.query.panel.api.FindOpenPanelCasesQuery;
import org.convene.query.panel.api.PanelCaseDetails;
import org.convene.query.panel.api.PanelCaseSummary;
import org.convene.testsupport.Eventually;
import org.convene.testsupport.TestChildren;
import org.convene.testsupport.TestReferrals;
import org.convene.testsupport.TestUsers;
import org.convene.ui.ConveneSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The panel end to end on the embedded store: the screening decision and its system trigger, the
 * checks behind the UI (roles), the third-referral drift flag, and the rebuild of the projection.
 */
@ConveneSpringTest
class PanelFlowTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired CommandGateway commands;
    @Autowired QueryGateway queries;
    @Autowired EventStore eventStore;
    @Autowired MongoUserDetailsService users;
    @Autowired ProjectionRebuilder rebuilder;

    private String child(String name) throws Exception {
        return TestChildren.registered(commands, users, name);
    }

    private PanelCaseDetails caseOf(String childId) {
        return TestChildren.panelCaseOf(queries, users, childId);
    }

    private List<PanelCaseSummary> openCases() {
        return TestChildren.openPanelCases(queries, users);
    }

    @Test
    void aScreeningDecisionToReferOpensACaseForEachChildOnceEvenWhenSentAgain() throws Exception {
        String a = child("Rowan Castellane");
        String b = child("Sky Castellane");
        String referralId = UUID.randomUUID().toString();
        String decisionId = UUID.randomUUID().toString();
        Instant receivedAt = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        TestUsers.run(users, "police.screener", () -> commands.sendAndWait(new ReceiveReferralCommand(referralId,
                receivedAt, "5A", ReferralType.PROFESSIONAL_CONCERN,
                LocalDate.ofInstant(receivedAt, org.convene.coordination.shared.api.TextRules.UK), List.of(a, b), List.of(), List.of(), null,
                "Seen at a known county lines address. Fictitious.", false, null)));
        TestUsers.run(users, "mash.chair", () -> commands.sendAndWait(new RecordScreeningDecisionCommand(referralId,
                decisionId, new ScreeningDecision(List.of("northshire-police", "northshire-csc"),
                ScreeningResponse.EXPLOITATION_PANEL_REFERRAL, null, 3, null, "Indicators of criminal exploitation",
                List.of()))));

        for (String childId : List.of(a, b)) {
            PanelCaseDetails details = Eventually.await(() -> caseOf(childId), d -> d != null, TIMEOUT);
            assertThat(details.open()).isTrue();
            assertThat(details.referrals()).singleElement().satisfies(r -> {
                assertThat(r.source()).isEqualTo(PanelReferralSource.SCREENING_DECISION);
                assertThat(r.sourceReference()).isEqualTo(referralId);
                assertThat(r.agencyId()).isEqualTo("convene");
            });
        }
        long before = eventStore.readEvents(PanelIds.recordOf(a)).asStream().count();
        // the trigger redelivered: the system command again records nothing
        commands.sendAndWait(new RecordScreeningPanelReferralCommand(referralId, decisionId, "again", Instant.now()));
        assertThat(eventStore.readEvents(PanelIds.recordOf(a)).asStream().count()).isEqualTo(before);
    }

    @Test
    void rolesAreCheckedBehindTheScreens() throws Exception {
        String childId = child("Harper Okonjo");
        ReferYoungPersonToPanelCommand refer = new ReferYoungPersonToPanelCommand(childId, UUID.randomUUID().toString(),
                List.of(ExploitationType.ONLINE), PanelRiskLevel.MEDIUM, "Online grooming concern. Fictitious.");
        assertThatThrownBy(() -> TestUsers.run(users, "analyst", () -> commands.sendAndWait(refer)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.as(users, "analyst", () -> queries.query(new FindOpenPanelCasesQuery(),
                ResponseTypes.multipleInstancesOf(PanelCaseSummary.class)).join()))
                .isInstanceOf(AccessDeniedException.class);
        // a screener may refer; a panel member may not record the panel's outcome or schedule
        TestUsers.run(users, "police.screener", () -> commands.sendAndWait(refer));
        assertThatThrownBy(() -> TestUsers.run(users, "panel.member", () -> commands.sendAndWait(
                new RecordPanelDiscussionCommand(childId, UUID.randomUUID().toString(), null, LocalDate.now(),
                        PanelRiskLevel.HIGH, "r", null, null, null, null, LocalDate.now().plusDays(28), null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.run(users, "panel.member", () -> commands.sendAndWait(
                new SchedulePanelMeetingCommand(UUID.randomUUID().toString(), LocalDate.now().plusDays(7), null,
                        "Someone", null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Eventually.await(() -> caseOf(childId), d -> d != null, TIMEOUT).referrals()).hasSize(1);
    }

    @Test
    void aThirdReferralIn12MonthsFlagsTheOpenCaseAndTheProjectionRebuilds() throws Exception {
        String childId = child("Nia Brightwater");
        TestUsers.run(users, "panel.member", () -> commands.sendAndWait(new ReferYoungPersonToPanelCommand(childId,
                UUID.randomUUID().toString(), List.of(ExploitationType.CRIMINAL), PanelRiskLevel.LOW,
                "Stopped with cash. Fictitious.")));
        for (int i = 0; i < 3; i++) {
            String referralId = UUID.randomUUID().toString();
            TestUsers.run(users, "police.screener", () -> commands.sendAndWait(
                    TestReferrals.referral(referralId, childId, ReferralType.OTHER, false)));
        }
        PanelCaseSummary flagged = Eventually.await(() -> openCases().stream()
                        .filter(s -> s.childId().equals(childId)).findFirst().orElse(null),
                s -> s != null && s.driftFlags().contains(DriftFlag.THIRD_REFERRAL_IN_12_MONTHS)
                        && s.childName().equals("Nia Brightwater"), TIMEOUT);
        assertThat(flagged.riskLevel()).isEqualTo(PanelRiskLevel.LOW);

        PanelCaseDetails before = caseOf(childId);
        assertThat(rebuilder.projections()).contains("panel").doesNotContain("panel-triggers");
        rebuilder.rebuild("panel", Duration.ofMinutes(5));
        assertThat(caseOf(childId)).isEqualTo(before);
    }
}
