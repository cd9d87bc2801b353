package org.convene.ui.meeting;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.coordination.referral.api.DashLevel;
import org.convene.coordination.referral.api.ReceiveReferralCommand;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.coordination.referral.api.ScreeningResponse;
import org.convene.query.action.api.OpenActionSummary;
import org.convene.query.referral.api.ActionView;
import org.convene.query.referral.api.MeetingBoardItem;
import org.convene.testsupport.TestUsers;
import org.convene.ui.KaribuViewTestBase;
import org.convene.ui.action.OurActionsView;
import org.convene.ui.referral.ReferralView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteParameters;

/** The meeting board: where screeners and chairs land, what it shows, in which order. */
class MeetingBoardViewTest extends KaribuViewTestBase {
    @org.springframework.beans.factory.annotation.Autowired
    private org.axonframework.commandhandling.gateway.CommandGateway testCommands;
    @org.springframework.beans.factory.annotation.Autowired
    private org.convene.infra.security.MongoUserDetailsService testUsers;

    /** The rows these tests look for: a referral about Noor Castellane, whatever the demo month holds. */
    @org.junit.jupiter.api.BeforeEach
    void ensureNoorsReferral() throws Exception {
        org.convene.testsupport.TestReferrals.ensureReferralAbout(testCommands, testUsers, "Noor Castellane");
    }


    private static final Duration TIMEOUT = Duration.ofSeconds(60);   // a projection on a loaded 2-core machine

    @Autowired
    private CommandGateway commandGateway;
    @Autowired
    private MongoTemplate mongo;

    @Test
    void screenersLandOnTheMeetingBoardWhichShowsTheWaitingReferrals() {
        loginAs("health.screener");
        UI.getCurrent().navigate("");

        MeetingBoardView board = _get(MeetingBoardView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .contains("Meeting board", "Referrals", "Our actions");
        assertThat(eventually(TIMEOUT, () -> GridKt._findAll(board.grid).stream()
                .anyMatch(i -> i.children().stream().anyMatch(c -> c.fullName().equals("Noor Castellane")))))
                .as("the demo referrals are on the board").isTrue();
        List<MeetingBoardItem> items = GridKt._findAll(board.grid);
        assertThat(items).isSortedAccordingTo(MeetingBoardItem.BOARD_ORDER);
    }

    @Test
    void anAnalystHasNoMeetingBoard() {
        loginAs("analyst");
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .doesNotContain("Meeting board", "Our actions");
    }

    private ReferralView openReferral(String referralId) {
        UI.getCurrent().navigate(ReferralView.class, new RouteParameters(ReferralView.REFERRAL_ID, referralId));
        ReferralView view = _get(ReferralView.class);
        return view;
    }

    /** Another person at the meeting: signs them in and shows their board (a new view instance). */
    private void switchTo(String username) {
        loginAs(username);
        UI.getCurrent().navigate(MeetingBoardView.class);
    }

    /** A domestic-abuse notification about a new child, recorded as the police screener. */
    private String referralOnTheBoard(String childName) throws Exception {
        String childId = UUID.randomUUID().toString();
        String referralId = UUID.randomUUID().toString();
        TestUsers.run(users, "police.screener", () -> {
            commandGateway.sendAndWait(new RegisterChildCommand(childId, childName, LocalDate.now().minusYears(4),
                    false, null, null, null, List.of(), false));
            Instant receivedAt = Instant.now().minus(3, ChronoUnit.HOURS);
            // the incident on the day received (UK): "today" would be after it for the first hours of a day
            commandGateway.sendAndWait(new ReceiveReferralCommand(referralId,
                    receivedAt, "6", ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION,
                    LocalDate.ofInstant(receivedAt, org.convene.coordination.shared.api.TextRules.UK), List.of(childId), List.of(), List.of(), DashLevel.MEDIUM,
                    "Fictitious test notification.", false, null));
        });
        return referralId;
    }
}
