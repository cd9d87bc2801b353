package org.convene.ui.meeting;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.convene.query.referral.api.MeetingBoardItem;
import org.convene.ui.KaribuViewTestBase;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;

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
        assertThat(homeMenuOf("analyst")).doesNotContain("Meeting board", "Our actions");
    }
}
