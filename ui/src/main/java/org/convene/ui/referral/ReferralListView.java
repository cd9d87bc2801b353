package org.convene.ui.referral;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.convene.coordination.shared.api.Roles;
import org.convene.query.referral.api.FindRecentReferralsQuery;
import org.convene.query.referral.api.ReferralSummary;
import org.convene.ui.MainLayout;
import org.convene.ui.shared.AgencyNames;
import org.convene.ui.security.CurrentUser;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;
import reactor.core.Disposable;

/**
 * The referral list: newest first, updated live when anyone records a referral.
 */
@Route(value = "referrals", layout = MainLayout.class)
@PageTitle("Referrals | Convene")
@RolesAllowed({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.PANEL_CHAIR, Roles.ADMINISTRATOR})
public class ReferralListView extends Main {

    public static final List<String> ROLES = List.of(Roles.SCREENER, Roles.MEETING_CHAIR, Roles.PANEL_CHAIR,
            Roles.ADMINISTRATOR);
    static final int LIST_SIZE = 200;
    private static final ZoneId UK = org.convene.coordination.shared.api.TextRules.UK;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final QueryGateway queryGateway;
    private final Grid<ReferralSummary> grid = new Grid<>(ReferralSummary.class, false);
    private final Paragraph count = new Paragraph();
    private final List<ReferralSummary> rows = new ArrayList<>();
    private SubscriptionQueryResult<List<ReferralSummary>, ReferralSummary> subscription;
    private Disposable updates;

    public ReferralListView(QueryGateway queryGateway, CommandGateway commandGateway, CurrentUser currentUser,
                            AgencyNames agencies) {
        Map<String, String> agencyNames = agencies.all();
        this.queryGateway = queryGateway;
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        setHeightFull();

        H1 title = new H1("Referrals");
        title.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.Margin.NONE);
        boolean canRecord = currentUser.get()
                .filter(u -> u.hasRole(Roles.SCREENER) || u.hasRole(Roles.MEETING_CHAIR)).isPresent();
        Button record = new Button("Record a referral", VaadinIcon.PLUS.create(),
                e -> new RecordReferralDialog(commandGateway, queryGateway).open());
        record.setId("record-referral");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setVisible(canRecord);
        HorizontalLayout toolbar = new HorizontalLayout(title, record);
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.expand(title);

        count.setId("referral-count");
        count.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.SMALL);

        grid.setId("referral-grid");
        grid.setAriaLabel("Referrals, newest first");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> DATE_TIME.format(r.receivedAt().atZone(UK))).setHeader("Received")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(r -> new RouterLink(r.childName(), ReferralView.class,
                new RouteParameters("referralId", r.referralId())))).setHeader("Child").setAutoWidth(true);
        grid.addColumn(r -> r.childDateOfBirth() == null ? "Not known" : DATE.format(r.childDateOfBirth()))
                .setHeader("Date of birth").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.type().label()).setHeader("Type").setAutoWidth(true);
        grid.addColumn(r -> r.sourceCode() + " – " + r.sourceDescription()).setHeader("Source").setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(r -> {
            Span badge = new Span(r.urgent() ? "Urgent" : "");
            if (r.urgent()) {
                badge.getElement().getThemeList().add("badge error");
            }
            return badge;
        })).setHeader("Urgency").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.recordedByUser() + " (" + AgencyNames.name(agencyNames, r.recordedByAgency()) + ")").setHeader("Recorded by")
                .setAutoWidth(true);
        grid.setEmptyStateText("No referrals have been recorded yet.");
        grid.setSizeFull();

        add(toolbar, count, grid);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        subscription = queryGateway.subscriptionQuery(new FindRecentReferralsQuery(LIST_SIZE),
                ResponseTypes.multipleInstancesOf(ReferralSummary.class),
                ResponseTypes.instanceOf(ReferralSummary.class));
        List<ReferralSummary> initial = subscription.initialResult().block();
        show(initial == null ? List.of() : initial);
        updates = subscription.updates().subscribe(update -> ui.access(() -> addOrReplace(update)));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (updates != null) {
            updates.dispose();
        }
        if (subscription != null) {
            subscription.close();
        }
    }

    private void show(List<ReferralSummary> referrals) {
        rows.clear();
        rows.addAll(referrals);
        refresh();
    }

    private void addOrReplace(ReferralSummary update) {
        rows.removeIf(r -> r.referralId().equals(update.referralId()));
        rows.add(update);
        rows.sort(Comparator.comparing(ReferralSummary::receivedAt).reversed());
        while (rows.size() > LIST_SIZE) {
            rows.remove(rows.size() - 1);
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(rows);
        count.setText(rows.isEmpty() ? "" : rows.size() == LIST_SIZE
                ? "Showing the " + LIST_SIZE + " most recently received referrals."
                : rows.size() + (rows.size() == 1 ? " referral." : " referrals."));
    }
}
