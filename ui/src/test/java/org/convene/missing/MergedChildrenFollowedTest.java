package org.convene.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.child.api.MergeChildRecordsCommand;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.panel.api.ExploitationType;
import org.convene.coordination.panel.api.PanelReferralSource;
import org.convene.coordination.panel.api.PanelRiskLevel;
import org.convene.coordination.panel.api.ReferYoungPersonToPanelCommand;
import org.convene.infra.security.MongoUserDetailsService;
import org.convene.query.panel.api.PanelCaseDetails;
import org.convene.query.panel.api.PanelCaseSummary;
import org.convene.testsupport.Eventually;
import org.convene.testsupport.TestChildren;
import org.convene.testsupport.TestUsers;
import org.convene.ui.ConveneSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Merged child records on the embedded store: the repeat-missing watcher counts the episodes of both
 * records (flagging the surviving child once), and the panel keeps one open case per young person.
 */
@ConveneSpringTest
class MergedChildrenFollowedTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @Autowired CommandGateway commands;
    @Autowired QueryGateway queries;
    @Autowired EventStore eventStore;
    @Autowired MongoUserDetailsService users;

    private String child(String name) throws Exception {
        return TestChildren.registered(commands, users, name);
    }

    private String episode(String childId, int daysAgo) throws Exception {
        return TestChildren.missing(commands, users, childId, Instant.now().minus(daysAgo, ChronoUnit.DAYS),
                MissingRiskLevel.MEDIUM);
    }

    private void merge(String duplicateId, String survivorId) throws Exception {
        TestUsers.run(users, "mash.chair", () -> commands.sendAndWait(new MergeChildRecordsCommand(duplicateId,
                survivorId, "Same child: the same NHS number on both records. Fictitious.")));
    }

    private PanelCaseDetails caseOf(String childId) {
        return TestChildren.panelCaseOf(queries, users, childId);
    }

    private List<String> openCaseChildren() {
        return TestChildren.openPanelCases(queries, users).stream().map(PanelCaseSummary::childId).toList();
    }

    private long flagsRaised(String flagId) {
        return eventStore.readEvents(flagId).asStream().count();
    }

    private static long missingFlagReferrals(PanelCaseDetails details) {
        return details.referrals().stream().filter(r -> r.source() == PanelReferralSource.MISSING_FLAG).count();
    }

    @Test
    void twoEpisodesOnOneRecordAndOneOnTheOtherFlagTheSurvivingChildOnceAtTheMerge() throws Exception {
        String survivor = child("Robin Ashdown");
        String duplicate = child("Robyn Ashdown");
        String d1 = episode(duplicate, 60);
        String d2 = episode(duplicate, 40);
        String s1 = episode(survivor, 10);

        merge(duplicate, survivor);

        PanelCaseDetails details = Eventually.await(() -> caseOf(survivor),
                d -> d != null && missingFlagReferrals(d) > 0, TIMEOUT);
        assertThat(details.childId()).isEqualTo(survivor);
        assertThat(missingFlagReferrals(details)).isEqualTo(1);
        assertThat(details.referrals()).filteredOn(r -> r.source() == PanelReferralSource.MISSING_FLAG)
                .singleElement().satisfies(r -> assertThat(r.sourceReference()).isEqualTo(survivor + ":repeat:" + s1));
        // one flag, on the survivor, for the crossing made by the two records together; none on either alone
        assertThat(flagsRaised(survivor + ":repeat:" + s1)).isEqualTo(1);
        for (String episodeId : List.of(d1, d2)) {
            assertThat(flagsRaised(survivor + ":repeat:" + episodeId)).isZero();
            assertThat(flagsRaised(duplicate + ":repeat:" + episodeId)).isZero();
        }
        assertThat(flagsRaised(duplicate + ":repeat:" + s1)).isZero();
    }

    @Test
    void twoRecordsWithOpenPanelCasesMergedLeaveOneOpenCaseHoldingBoth() throws Exception {
        String survivor = child("Ellis Brandreth");
        String duplicate = child("Elis Brandreth");
        String survivorReferral = UUID.randomUUID().toString();
        String duplicateReferral = UUID.randomUUID().toString();
        TestUsers.run(users, "police.screener", () -> {
            commands.sendAndWait(new ReferYoungPersonToPanelCommand(survivor, survivorReferral,
                    List.of(ExploitationType.CRIMINAL), PanelRiskLevel.MEDIUM, "Seen at a trap house. Fictitious."));
            commands.sendAndWait(new ReferYoungPersonToPanelCommand(duplicate, duplicateReferral,
                    List.of(ExploitationType.SEXUAL), PanelRiskLevel.HIGH, "Older boyfriend. Fictitious."));
        });
        Eventually.await(this::openCaseChildren, open -> open.containsAll(List.of(survivor, duplicate)), TIMEOUT);

        merge(duplicate, survivor);

        List<String> open = Eventually.await(this::openCaseChildren, o -> !o.contains(duplicate), TIMEOUT);
        assertThat(open).contains(survivor);
        PanelCaseDetails details = Eventually.await(() -> caseOf(survivor), d -> d.referrals().size() == 2, TIMEOUT);
        assertThat(details.open()).isTrue();
        assertThat(details.referrals()).extracting(PanelCaseDetails.Referral::panelReferralId)
                .containsExactlyInAnyOrder(survivorReferral, duplicateReferral);
        assertThat(details.riskLevel()).isEqualTo(PanelRiskLevel.HIGH);
        assertThat(details.exploitationTypes()).contains(ExploitationType.CRIMINAL, ExploitationType.SEXUAL);
        assertThat(caseOf(duplicate).childId()).isEqualTo(survivor);   // the duplicate's id opens the survivor's case

        // a referral naming the duplicate afterwards joins the survivor's case
        String later = UUID.randomUUID().toString();
        TestUsers.run(users, "police.screener", () -> commands.sendAndWait(new ReferYoungPersonToPanelCommand(
                duplicate, later, List.of(ExploitationType.ONLINE), PanelRiskLevel.LOW, "Online contact. Fictitious.")));
        PanelCaseDetails after = Eventually.await(() -> caseOf(survivor), d -> d.referrals().size() == 3, TIMEOUT);
        assertThat(after.caseId()).isEqualTo(details.caseId());
        assertThat(openCaseChildren()).doesNotContain(duplicate);
    }
}
