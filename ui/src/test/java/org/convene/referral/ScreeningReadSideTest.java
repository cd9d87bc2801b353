package org.convene.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.coordination.referral.api.ActionSpec;
import org.convene.coordination.referral.api.AdultRole;
import org.convene.coordination.referral.api.DashLevel;
import org.convene.coordination.referral.api.InvolvedAdult;
import org.convene.coordination.referral.api.ReceiveReferralCommand;
import org.convene.coordination.referral.api.RecordAgencyContributionCommand;
import org.convene.coordination.referral.api.RecordScreeningDecisionCommand;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.coordination.referral.api.ScreeningDecision;
import org.convene.coordination.referral.api.ScreeningResponse;
import org.convene.coordination.shared.api.TextRules;
import org.convene.infra.security.MongoUserDetailsService;
import org.convene.query.action.api.FindOpenActionsQuery;
import org.convene.query.action.api.OpenActionSummary;
import org.convene.query.child.api.ChildMatch;
import org.convene.query.child.api.FindLikelyChildMatchesQuery;
import org.convene.query.chronology.api.ChronologyEntry;
import org.convene.query.chronology.api.FindChildChronologyQuery;
import org.convene.query.referral.api.ChildRef;
import org.convene.query.referral.api.FindMeetingBoardQuery;
import org.convene.query.referral.api.FindReferralDetailsQuery;
import org.convene.query.referral.api.MeetingBoardItem;
import org.convene.query.referral.api.ReferralDetails;
import org.convene.query.referral.api.ReferralStatus;
import org.convene.testsupport.Eventually;
import org.convene.testsupport.TestUsers;
import org.convene.ui.ConveneSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The screening read side end to end on the embedded store: commands through the gateway as demo
 * users, the {@code screening} projections catching up asynchronously, answers through the
 * query gateway.
 */
@ConveneSpringTest
class ScreeningReadSideTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired CommandGateway commands;
    @Autowired QueryGateway queries;
    @Autowired MongoUserDetailsService users;

    private <T> T as(String user, Callable<T> action) {
        try {
            return TestUsers.as(users, user, action);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<MeetingBoardItem> board() {
        return as("mash.chair", () -> queries.query(new FindMeetingBoardQuery(),
                ResponseTypes.multipleInstancesOf(MeetingBoardItem.class)).join());
    }

    private ReferralDetails details(String referralId) {
        return as("mash.chair", () -> queries.query(new FindReferralDetailsQuery(referralId),
                ResponseTypes.instanceOf(ReferralDetails.class)).join());
    }

    @Test
    void aReferralGoesFromTheBoardToADecisionWithActionsAndIntoTheChildsChronology() throws Exception {
        String childId = UUID.randomUUID().toString();
        String referralId = UUID.randomUUID().toString();
        String actionId = UUID.randomUUID().toString();
        LocalDate dob = LocalDate.of(2017, 3, 9);
        Instant receivedAt = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.now(TextRules.UK);

        TestUsers.run(users, "social.screener", () -> commands.sendAndWait(new RegisterChildCommand(childId,
                "Ottilie Brackenbury", dob, false, "2", "WBRI", "Northtown", List.of(), false)));
        TestUsers.run(users, "police.screener", () -> commands.sendAndWait(new ReceiveReferralCommand(referralId,
                receivedAt, "6", ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION,
                LocalDate.ofInstant(receivedAt, TextRules.UK),
                List.of(childId), List.of(new InvolvedAdult("Pat Example", AdultRole.VICTIM)), List.of("1A"),
                DashLevel.HIGH, "Police attended; fictitious.", false, null)));

        // likely matches: a misspelt name with day and month swapped still finds the record
        List<ChildMatch> matches = Eventually.await(() -> as("social.screener", () -> queries.query(
                        new FindLikelyChildMatchesQuery("ottilie  brakenbury", LocalDate.of(2017, 9, 3)),
                        ResponseTypes.multipleInstancesOf(ChildMatch.class)).join()),
                l -> !l.isEmpty(), WAIT);
        assertThat(matches).extracting(ChildMatch::childId).contains(childId);

        MeetingBoardItem onBoard = Eventually.await(this::board,
                l -> l.stream().anyMatch(i -> i.referralId().equals(referralId)), WAIT)
                .stream().filter(i -> i.referralId().equals(referralId)).findFirst().orElseThrow();
        assertThat(onBoard.children()).containsExactly(new ChildRef(childId, "Ottilie Brackenbury", dob, false));
        assertThat(onBoard.dashLevel()).isEqualTo(DashLevel.HIGH);

        TestUsers.run(users, "health.screener", () -> commands.sendAndWait(
                new RecordAgencyContributionCommand(referralId, true, "Known to health visiting; fictitious.")));
        ReferralDetails withCheck = Eventually.await(() -> details(referralId),
                d -> d != null && !d.contributions().isEmpty(), WAIT);
        assertThat(withCheck.contributions()).singleElement()
                .satisfies(c -> assertThat(c.agencyId()).isEqualTo("northshire-health"));
        assertThat(withCheck.status()).isEqualTo(ReferralStatus.AWAITING_SCREENING);

        TestUsers.run(users, "mash.chair", () -> commands.sendAndWait(new RecordScreeningDecisionCommand(referralId,
                UUID.randomUUID().toString(), new ScreeningDecision(
                        List.of("northshire-police", "northshire-csc", "northshire-health"),
                        ScreeningResponse.EARLY_HELP, null, 3, 2, "Early help offered; fictitious.",
                        List.of(new ActionSpec(actionId, "Offer an early help assessment", "northshire-csc",
                                today.plusDays(3)))))));

        ReferralDetails decided = Eventually.await(() -> details(referralId),
                d -> d != null && d.status() == ReferralStatus.DECIDED, WAIT);
        assertThat(decided.decisions()).singleElement().satisfies(d -> assertThat(d.withinOneWorkingDay()).isTrue());
        assertThat(decided.actions()).singleElement().satisfies(a -> {
            assertThat(a.actionId()).isEqualTo(actionId);
            assertThat(a.done()).isFalse();
        });
        assertThat(board()).noneMatch(i -> i.referralId().equals(referralId));

        List<OpenActionSummary> open = as("social.screener", () -> queries.query(
                new FindOpenActionsQuery("northshire-csc"),
                ResponseTypes.multipleInstancesOf(OpenActionSummary.class)).join());
        assertThat(open).filteredOn(a -> a.actionId().equals(actionId)).singleElement()
                .satisfies(a -> assertThat(a.childNames()).containsExactly("Ottilie Brackenbury"));

        List<ChronologyEntry> chronology = Eventually.await(() -> as("mash.chair", () -> queries.query(
                        new FindChildChronologyQuery(childId, org.convene.query.audit.api.AccessPurpose.SCREENING),
                        ResponseTypes.multipleInstancesOf(ChronologyEntry.class)).join()),
                l -> l.stream().anyMatch(e -> Objects.equals(e.kind(), "ACTION_AGREED")), WAIT);
        assertThat(chronology).extracting(ChronologyEntry::kind)
                .containsExactly("REFERRAL", "CONTRIBUTION", "DECISION", "ACTION_AGREED");
        assertThat(chronology.get(0).key()).isTrue();
    }
}
