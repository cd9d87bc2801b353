package org.convene.ui.referral;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.convene.coordination.referral.api.DashLevel;
import org.convene.query.referral.api.FindRecentReferralsQuery;
import org.convene.query.referral.api.ReferralSummary;
import org.convene.testsupport.KnownReferral;
import org.convene.ui.KaribuViewTestBase;
import org.convene.ui.security.LoginView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.security.access.AccessDeniedException;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

@ExtendWith(KnownReferral.class)
class ReferralListViewTest extends KaribuViewTestBase {

    private static final Duration PROJECTION_TIMEOUT = Duration.ofSeconds(60);   // a projection on a loaded 2-core machine

    @Test
    void signedOutVisitorsAreSentToTheLoginPage() {
        UI.getCurrent().navigate(ReferralListView.class);

        _get(LoginView.class);
        _assertNone(ReferralListView.class);
    }

    @Test
    void aScreenerRecordsAReferralAndSeesItInTheList() {
        loginAs("police.screener");
        UI.getCurrent().navigate(ReferralListView.class);
        Grid<ReferralSummary> grid = referralGrid();
        assertThat(eventually(PROJECTION_TIMEOUT, () -> GridKt._size(grid) >= 1))
                .as("the referrals recorded so far are listed").isTrue();

        String childName = "Karibu Test " + UUID.randomUUID().toString().substring(0, 8);
        RecordReferralDialog dialog = openRecordDialog();
        _setValue(dialog.children.get(0).name, childName);
        _setValue(dialog.source, "6");
        _setValue(dialog.dashLevel, DashLevel.STANDARD);
        _setValue(dialog.narrative, "Recorded by a view test. Fictitious.");
        _click(dialog.save);

        assertThat(dialog.errors.getElement().getText()).isEmpty();
        assertThat(dialog.isOpened()).as("the dialog closes after a successful save").isFalse();
        assertThat(eventually(PROJECTION_TIMEOUT, () -> GridKt._findAll(grid).stream()
                .anyMatch(r -> r.childName().equals(childName))))
                .as("the new referral appears in the grid").isTrue();
        ReferralSummary recorded = GridKt._findAll(grid).stream()
                .filter(r -> r.childName().equals(childName)).findFirst().orElseThrow();
        assertThat(recorded.sourceCode()).isEqualTo("6");
        assertThat(recorded.recordedByUser()).isEqualTo("police.screener");
        int row = GridKt._findAll(grid).indexOf(recorded);
        assertThat(GridKt._getFormattedRow(grid, row)).contains("6 – POLICE.", "police.screener (Northshire Police)")
                .anyMatch(cell -> cell.contains(childName));
        assertThat(_get(Paragraph.class, spec -> spec.withId("referral-count"))
                .getText()).endsWith(" referrals.");
    }

    @Test
    void anEmptyChildNameIsRefusedAndNothingIsRecorded() {
        loginAs("social.screener");
        UI.getCurrent().navigate(ReferralListView.class);
        Grid<ReferralSummary> grid = referralGrid();
        assertThat(eventually(PROJECTION_TIMEOUT, () -> GridKt._size(grid) >= 1)).isTrue();
        long eventsBefore = storedEvents();
        int rowsBefore = GridKt._size(grid);

        RecordReferralDialog dialog = openRecordDialog();
        _setValue(dialog.source, "6");
        _setValue(dialog.children.get(0).name, "   ");
        _click(dialog.save);

        assertThat(dialog.isOpened()).as("the dialog stays open to correct the form").isTrue();
        assertThat(dialog.errors.getElement().getTextRecursively()).contains("Enter the child's full name.");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
        eventually(Duration.ofMillis(500), () -> false);
        assertThat(GridKt._size(grid)).isEqualTo(rowsBefore);
    }

    @Test
    void anAnalystCannotOpenTheReferralList() {
        assertThat(homeMenuOf("analyst")).contains("Home").doesNotContain("Referrals");

        UI.getCurrent().navigate(ReferralListView.class);

        // Vaadin's access checker denies the view (a 403 page in a browser); Karibu's stand-in for
        // the access-denied page turns that into an error that every later lookup reports.
        assertThatThrownBy(() -> _get(ReferralListView.class))
                .hasMessageContaining("Access is denied by annotations on the view");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(ReferralListView.class::isInstance);

        // and behind the UI: the query itself is refused for the analyst's role
        assertThatThrownBy(() -> queryGateway.query(new FindRecentReferralsQuery(10),
                ResponseTypes.multipleInstancesOf(ReferralSummary.class)).join())
                .satisfiesAnyOf(e -> assertThat(e).isInstanceOf(AccessDeniedException.class),
                        e -> assertThat(e).hasRootCauseInstanceOf(AccessDeniedException.class));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ReferralSummary> referralGrid() {
        return _get(Grid.class, spec -> spec.withId("referral-grid"));
    }

    private static RecordReferralDialog openRecordDialog() {
        _click(_get(Button.class, spec -> spec.withText("Record a referral")));
        return _get(RecordReferralDialog.class);
    }
}
