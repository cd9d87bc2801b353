package org.convene.ui.chronology;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.query.audit.api.AccessPurpose;
import org.convene.query.audit.api.AccessedRecord;
import org.convene.query.audit.api.FindChildAccessLogQuery;
import org.convene.query.audit.api.RecordAccess;
import org.convene.query.chronology.api.ChronologyEntry;
import org.convene.testsupport.Eventually;
import org.convene.testsupport.TestReferrals;
import org.convene.testsupport.TestUsers;
import org.convene.ui.KaribuViewTestBase;
import org.convene.ui.audit.AccessLogView;
import org.convene.ui.missing.ChildMissingHistoryView;
import org.convene.ui.shared.PurposePrompt;
import org.junit.jupiter.api.Test;
import org.bson.Document;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouteParameters;

/**
 * Opening a child's chronology asks why and logs exactly one access; the filters and the
 * "as known on" date work on what was opened (no further log entries); administrators see the log.
 */
class ChronologyViewTest extends KaribuViewTestBase {

    /** A child with a referral, once the read side (the child record and its chronology) has it. */
    private String childWithReferral() throws Exception {
        String childId = TestUsers.as(users, "police.screener", () -> TestReferrals.childAndReferral(commandGateway,
                UUID.randomUUID().toString(), "Chrono Child " + UUID.randomUUID().toString().substring(0, 6),
                ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION, false));
        // read the stored documents directly: asking for the chronology would itself be an audited opening
        Eventually.await(() -> mongo.findById(childId, Document.class, "chronologies") != null
                && mongo.findById(childId, Document.class, "children") != null, b -> b, Duration.ofSeconds(30));
        return childId;
    }

    private List<RecordAccess> accessLog(String childId) throws Exception {
        return TestUsers.as(users, "admin", () -> queryGateway.query(new FindChildAccessLogQuery(childId),
                ResponseTypes.multipleInstancesOf(RecordAccess.class)).join());
    }

    @SuppressWarnings("unchecked")
    private static void choosePurpose(AccessPurpose purpose) {
        RadioButtonGroup<AccessPurpose> group = _get(RadioButtonGroup.class, spec -> spec.withId("purpose"));
        _setValue(group, purpose);
        _click(_get(Button.class, spec -> spec.withId("open-record")));
    }

    @Test
    void openingAsksWhyThenLogsExactlyOneAccessWhateverTheFiltersDo() throws Exception {
        String childId = childWithReferral();
        loginAs("mash.chair");
        UI.getCurrent().navigate(ChildChronologyView.class, new RouteParameters(ChildChronologyView.CHILD_ID, childId));

        // nothing about the child is shown and nothing is logged until a purpose is chosen
        assertThat(_find(PurposePrompt.class)).hasSize(1);
        assertThat(_find(Grid.class, spec -> spec.withId("chronology"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("open-record")));
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("purpose")).isInvalid()).isTrue();
        assertThat(accessLog(childId)).isEmpty();

        choosePurpose(AccessPurpose.CASE_REVIEW);
        ChildChronologyView view = _get(ChildChronologyView.class);
        assertThat(view.title().getText()).startsWith("Chronology: Chrono Child");
        assertThat(view.openedFor.getText()).contains("Case review or audit", "logged");

        int openings = accessLog(childId).size();
        assertThat(accessLog(childId)).singleElement().satisfies(a -> {
            assertThat(a.userId()).isEqualTo("mash.chair");
            assertThat(a.agencyId()).isEqualTo("northshire-csc");
            assertThat(a.purpose()).isEqualTo(AccessPurpose.CASE_REVIEW);
            assertThat(a.record()).isEqualTo(AccessedRecord.CHRONOLOGY);
        });

        // filters: only the police's entries, then key events only, then as known on a day before anything
        List<ChronologyEntry> all = GridKt._findAll(view.grid);
        assertThat(all).extracting(ChronologyEntry::kind).contains("REFERRAL");
        _setValue(view.filters.agencies, Set.of("northshire-police"));
        assertThat(GridKt._findAll(view.grid)).isNotEmpty().allMatch(e -> "northshire-police".equals(e.agencyId()));
        _setValue(view.filters.agencies, Set.of());
        _setValue(view.filters.knownOn, LocalDate.now().minusDays(2));
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(view.shown.getText()).contains("As known on", "recorded later and", "not shown");
        _click(view.filters.clear);
        assertThat(GridKt._size(view.grid)).isEqualTo(all.size());
        _setValue(view.filters.from, LocalDate.now().plusDays(1));
        _setValue(view.filters.to, LocalDate.now());
        assertThat(view.filters.to.isInvalid()).isTrue();

        assertThat(accessLog(childId)).hasSize(openings); // filtering is not another opening
    }

    @Test
    void aLinkThatSaysWhyOpensDirectlyAndAdministratorsSeeWhoOpened() throws Exception {
        String childId = childWithReferral();
        loginAs("panel.chair");
        UI.getCurrent().navigate(ChildChronologyView.class, new RouteParameters(ChildChronologyView.CHILD_ID, childId),
                PurposePrompt.parameters(AccessPurpose.PANEL));
        assertThat(_find(PurposePrompt.class)).isEmpty();
        assertThat(_get(ChildChronologyView.class).accessLog.isVisible()).isFalse(); // not an administrator
        assertThat(accessLog(childId)).singleElement().satisfies(a -> {
            assertThat(a.userId()).isEqualTo("panel.chair");
            assertThat(a.purpose()).isEqualTo(AccessPurpose.PANEL);
        });

        // the missing history is a record too: asked, and logged once
        UI.getCurrent().navigate(ChildMissingHistoryView.class,
                new RouteParameters(ChildMissingHistoryView.CHILD_ID, childId));
        assertThat(_find(PurposePrompt.class)).hasSize(1);
        choosePurpose(AccessPurpose.PANEL);
        assertThat(accessLog(childId)).extracting(RecordAccess::record)
                .containsExactly(AccessedRecord.MISSING_HISTORY, AccessedRecord.CHRONOLOGY);

        loginAs("admin");
        UI.getCurrent().navigate(ChildChronologyView.class, new RouteParameters(ChildChronologyView.CHILD_ID, childId),
                PurposePrompt.parameters(AccessPurpose.RECORD_MAINTENANCE));
        assertThat(_get(ChildChronologyView.class).accessLog.isVisible()).isTrue();
        UI.getCurrent().navigate(AccessLogView.class, new RouteParameters(AccessLogView.CHILD_ID, childId));
        @SuppressWarnings("unchecked")
        Grid<RecordAccess> log = _get(Grid.class, spec -> spec.withId("access-log"));
        assertThat(GridKt._findAll(log)).extracting(RecordAccess::userId)
                .containsExactly("admin", "panel.chair", "panel.chair");
        assertThat(_get(AccessLogView.class).getElement().getTextRecursively()).contains("3 openings");
    }
}
