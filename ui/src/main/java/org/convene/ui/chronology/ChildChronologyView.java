package org.convene.ui.chronology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.shared.api.Roles;
import org.convene.query.child.api.ChildDetails;
import org.convene.query.child.api.FindChildQuery;
import org.convene.query.chronology.api.ChronologyEntry;
import org.convene.query.chronology.api.FindChildChronologyQuery;
import org.convene.ui.MainLayout;
import org.convene.ui.missing.ChildMissingHistoryView;
import org.convene.ui.referral.ReferralView;
import org.convene.ui.shared.AgencyNames;
import org.convene.ui.shared.Formats;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;

/** A child's chronology: everything every agency recorded, in the order it happened. */
@Route(value = "children/:childId/chronology", layout = MainLayout.class)
@PageTitle("Chronology | Convene")
@RolesAllowed({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.ADMINISTRATOR})
public class ChildChronologyView extends Main implements BeforeEnterObserver {

    public static final String CHILD_ID = "childId";

    private final QueryGateway queryGateway;
    private final Map<String, String> agencyNames;
    final H1 title = new H1("Chronology");
    final Paragraph about = new Paragraph();
    final RouterLink missingHistory = new RouterLink();
    final Grid<ChronologyEntry> grid = new Grid<>(ChronologyEntry.class, false);

    public ChildChronologyView(QueryGateway queryGateway, AgencyNames agencies) {
        this.queryGateway = queryGateway;
        this.agencyNames = agencies.all();
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        setHeightFull();
        title.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.Margin.NONE);
        title.setId("chronology-title");
        about.addClassNames(LumoUtility.TextColor.SECONDARY);
        grid.setId("chronology");
        grid.setAriaLabel("Chronology, in the order things happened");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader("Happened").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> Formats.dateTime(e.recordedAt())).setHeader("Recorded").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> AgencyNames.name(agencyNames, e.agencyId())).setHeader("Agency").setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(e -> {
            Span what = new Span();
            if (e.key()) {
                Span key = new Span("Key");
                key.getElement().getThemeList().add("badge primary");
                what.add(key, new Span(" "));
            }
            what.add(new Span(e.summary()));
            return what;
        })).setHeader("What").setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(e -> e.referralId() == null ? new Span()
                : new RouterLink("Referral", ReferralView.class,
                new RouteParameters(ReferralView.REFERRAL_ID, e.referralId())))).setHeader("Record")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("Nothing has been recorded about this child yet.");
        grid.setSizeFull();
        missingHistory.setText("Missing episodes");
        missingHistory.setId("missing-history-link");
        add(title, about, missingHistory, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String childId = event.getRouteParameters().get(CHILD_ID).orElse("");
        missingHistory.setRoute(ChildMissingHistoryView.class,
                new RouteParameters(ChildMissingHistoryView.CHILD_ID, childId));
        try {
            ChildDetails child = queryGateway.query(new FindChildQuery(childId),
                    ResponseTypes.instanceOf(ChildDetails.class)).get(10, TimeUnit.SECONDS);
            if (child != null) {
                title.setText("Chronology: " + child.fullName());
                about.setText(child.dateOfBirth() == null ? "Date of birth not known."
                        : (child.dateOfBirthIsExpected() ? "Expected " : "Born ") + Formats.date(child.dateOfBirth())
                        + " (" + Formats.age(child.dateOfBirth(), child.dateOfBirthIsExpected(), Formats.today())
                        + ").");
            }
            List<ChronologyEntry> entries = new ArrayList<>(queryGateway.query(new FindChildChronologyQuery(childId),
                    ResponseTypes.multipleInstancesOf(ChronologyEntry.class)).get(10, TimeUnit.SECONDS));
            entries.sort(Comparator.comparing(ChronologyEntry::occurredAt)
                    .thenComparing(ChronologyEntry::recordedAt));
            grid.setItems(entries);
        } catch (Exception e) {
            about.setText("The chronology could not be loaded just now. Please try again.");
            grid.setItems(List.of());
        }
    }
}
