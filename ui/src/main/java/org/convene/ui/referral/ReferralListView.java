package org.convene.ui.referral;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.shared.api.Roles;
import org.convene.intake.Intake;
import org.convene.query.referral.api.FindRecentReferralsQuery;
import org.convene.query.referral.api.ReferralSummary;
import org.convene.ui.MainLayout;
import org.convene.ui.shared.AgencyNames;
import org.convene.ui.shared.Badges;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.LiveQuery;
import org.convene.ui.shared.LiveRows;
import org.convene.ui.security.CurrentUser;
import org.convene.ui.shared.Pages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;

/**
 * The referral list: newest first, updated live when anyone records a referral.
 */
@Route(value = "referrals", layout = MainLayout.class)
@PageTitle("Referrals | Convene")
@RolesAllowed({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.PANEL_CHAIR, Roles.ADMINISTRATOR})
public class ReferralListView extends Main {

    static final int LIST_SIZE = 200;

    private final QueryGateway queryGateway;
    private final Grid<ReferralSummary> grid = new Grid<>(ReferralSummary.class, false);
    private final Paragraph count = new Paragraph();
    private final LiveRows<ReferralSummary> rows = new LiveRows<>(ReferralSummary::referralId,
            Comparator.comparing(ReferralSummary::receivedAt).reversed(), LIST_SIZE);

    public ReferralListView(QueryGateway queryGateway, Intake intake, CurrentUser currentUser,
                            AgencyNames agencies) {
        Map<String, String> agencyNames = agencies.all();
        this.queryGateway = queryGateway;
        setHeightFull();

        H1 title = Pages.column(this, new H1("Referrals"));
        boolean canRecord = currentUser.get()
                .filter(u -> u.hasRole(Roles.SCREENER) || u.hasRole(Roles.MEETING_CHAIR)).isPresent();
        Button record = new Button("Record a referral", VaadinIcon.PLUS.create(),
                e -> new RecordReferralDialog(intake, queryGateway).open());
        record.setId("record-referral");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setVisible(canRecord);
        HorizontalLayout toolbar = Pages.toolbar(title, record);

        count.setId("referral-count");
        count.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.SMALL);

        grid.setId("referral-grid");
        grid.setAriaLabel("Referrals, newest first");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> Formats.dateTime(r.receivedAt())).setHeader("Received")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(r -> new RouterLink(r.childName(), ReferralView.class,
                new RouteParameters(ReferralView.REFERRAL_ID, r.referralId())))).setHeader("Child").setAutoWidth(true);
        grid.addColumn(r -> r.childDateOfBirth() == null ? "Not known" : Formats.date(r.childDateOfBirth()))
                .setHeader("Date of birth").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.type().label()).setHeader("Type").setAutoWidth(true);
        grid.addColumn(r -> r.sourceCode() + " – " + r.sourceDescription()).setHeader("Source").setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(r -> r.urgent() ? Badges.badge("Urgent", "badge error") : new Span())).setHeader("Urgency").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.recordedByUser() + " (" + AgencyNames.name(agencyNames, r.recordedByAgency()) + ")").setHeader("Recorded by")
                .setAutoWidth(true);
        grid.setEmptyStateText("No referrals have been recorded yet.");
        grid.setSizeFull();

        add(toolbar, count, grid);
        LiveQuery.of(queryGateway, new FindRecentReferralsQuery(LIST_SIZE),
                        ResponseTypes.multipleInstancesOf(ReferralSummary.class),
                        ResponseTypes.instanceOf(ReferralSummary.class))
                .onFailure(() -> count.setText("The referrals could not be loaded just now. Please reload the page."))
                .bind(this, this::showAll, this::apply);
    }

    private void showAll(List<ReferralSummary> initial) {
        rows.replaceAll(initial);
        refresh();
    }

    private void apply(ReferralSummary update) {
        rows.apply(update, false);
        refresh();
    }

    private void refresh() {
        grid.setItems(rows.list());
        count.setText(rows.isEmpty() ? "" : rows.size() == LIST_SIZE
                ? "Showing the " + LIST_SIZE + " most recently received referrals."
                : rows.size() + (rows.size() == 1 ? " referral." : " referrals."));
    }
}
