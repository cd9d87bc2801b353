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
@org.junit.jupiter.api.extension.ExtendWith(org.convene.testsupport.KnownReferral.class)
class MeetingBoardViewTest extends KaribuViewTestBase {

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
}
