package org.convene.ui.panel;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.panel.api.ReferYoungPersonToPanelCommand;
import org.convene.coordination.shared.api.Roles;
import org.convene.query.child.api.ChildMatch;
import org.convene.query.child.api.FindLikelyChildMatchesQuery;
import org.convene.query.panel.api.FindOpenPanelCasesQuery;
import org.convene.query.panel.api.PanelCaseSummary;
import org.convene.ui.MainLayout;
import org.convene.ui.security.CurrentUser;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.LiveQuery;
import org.convene.ui.shared.Pages;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
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

/**
 * The exploitation panel's open cases: risk level, next review, actions, and drift flags (review
 * overdue, actions overdue, 3+ referrals in 12 months) — drifting cases first and listed for the
 * chair at the top. Live for everyone who has it open.
 */
@Route(value = "panel", layout = MainLayout.class)
@PageTitle("Exploitation panel | Convene")
@RolesAllowed({Roles.PANEL_CHAIR, Roles.PANEL_MEMBER})
public class PanelCasesView extends Main {

    private final QueryGateway queryGateway;
    private final CommandGateway commandGateway;
    final Grid<PanelCaseSummary> grid = new Grid<>(PanelCaseSummary.class, false);
    final Button refer = new Button("Refer a young person", VaadinIcon.PLUS.create());
    final Paragraph count = new Paragraph();
    final Section drift = new Section();
    private final boolean chair;

    public PanelCasesView(QueryGateway queryGateway, CommandGateway commandGateway, CurrentUser currentUser) {
        this.queryGateway = queryGateway;
        this.commandGateway = commandGateway;
        this.chair = currentUser.get().filter(u -> u.hasRole(Roles.PANEL_CHAIR)).isPresent();

        H1 title = Pages.column(this, new H1("Exploitation panel"));
        refer.setId("refer-to-panel");
        refer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        refer.addClickListener(e -> openReferral());
        RouterLink meetings = new RouterLink("Panel meetings", PanelMeetingsView.class);
        meetings.setId("panel-meetings-link");
        HorizontalLayout toolbar = new HorizontalLayout(title, meetings, refer);
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.expand(title);

        count.setId("panel-case-count");
        count.getElement().setAttribute("aria-live", "polite");
        count.addClassNames(LumoUtility.TextColor.SECONDARY);
        drift.setId("drift");

        grid.setId("panel-cases");
        grid.setAriaLabel("Open panel cases, drifting first, then highest risk");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(new ComponentRenderer<>(PanelCasesView::caseLink)).setHeader("Young person")
                .setWidth("12rem").setFlexGrow(2);
        grid.addColumn(s -> Formats.age(s.dateOfBirth(), false, Formats.today())).setHeader("Age").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(s -> PanelLabels.riskBadge(s.riskLevel()))).setHeader("Risk")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> PanelLabels.types(s.exploitationTypes())).setHeader("Exploitation").setWidth("12rem").setFlexGrow(2);
        grid.addColumn(s -> Formats.date(s.lastDiscussedOn())).setHeader("Last discussed").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> s.nextReviewDate() == null ? "First discussion due" : Formats.date(s.nextReviewDate()))
                .setHeader("Next review").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.openActions() + (s.overdueActions() > 0 ? " (" + s.overdueActions() + " overdue)" : ""))
                .setHeader("Open actions").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(s -> PanelLabels.driftBadges(s.driftFlags()))).setHeader("Drift")
                .setWidth("12rem").setFlexGrow(1);
        grid.setEmptyStateText("No young person has an open panel case.");
        grid.setAllRowsVisible(true);

        add(toolbar, count, drift, grid);
        // any change re-reads the whole (small) list: drift flags and the order depend on all cases
        LiveQuery.of(queryGateway, new FindOpenPanelCasesQuery(), ResponseTypes.multipleInstancesOf(PanelCaseSummary.class),
                        ResponseTypes.instanceOf(PanelCaseSummary.class))
                .onFailure(this::couldNotLoad)
                .bind(this, this::show, update -> reload());
    }

    static Component caseLink(PanelCaseSummary s) {
        RouterLink link = new RouterLink(s.childName(), PanelCaseView.class,
                new RouteParameters(PanelCaseView.CHILD_ID, s.childId()));
        link.getElement().setAttribute("data-child-id", s.childId());
        return link;
    }

    void reload() {
        try {
            show(queryGateway.query(new FindOpenPanelCasesQuery(),
                    ResponseTypes.multipleInstancesOf(PanelCaseSummary.class)).get(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            couldNotLoad();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            couldNotLoad();
        }
    }

    private void couldNotLoad() {
        count.setText("The panel cases could not be loaded just now. Please reload the page.");
    }

    /** An agency refers a young person; the dialog finds their record through the child matches. */
    ReferToPanelDialog openReferral() {
        String panelReferralId = UUID.randomUUID().toString();
        ReferToPanelDialog dialog = new ReferToPanelDialog((name, dateOfBirth) -> {
            try {
                return queryGateway.query(new FindLikelyChildMatchesQuery(name, dateOfBirth),
                        ResponseTypes.multipleInstancesOf(ChildMatch.class)).get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException(e);
            }
        });
        PanelForms.sendOnSave(commandGateway, dialog, r -> new ReferYoungPersonToPanelCommand(r.child().childId(),
                panelReferralId, new ArrayList<>(EnumSet.copyOf(r.types())), r.risk(), r.reason()),
                r -> "Referred to the exploitation panel: " + r.child().fullName() + ".", () -> { });
        dialog.open();
        return dialog;
    }

    private void show(List<PanelCaseSummary> cases) {
        List<PanelCaseSummary> rows = cases == null ? List.of() : new ArrayList<>(cases);
        grid.setItems(rows);
        List<PanelCaseSummary> drifting = rows.stream().filter(s -> !s.driftFlags().isEmpty()).toList();
        count.setText(rows.size() + (rows.size() == 1 ? " open case" : " open cases")
                + (drifting.isEmpty() ? "." : ", " + drifting.size() + " drifting."));
        drift.removeAll();
        if (chair && !drifting.isEmpty()) {
            H2 heading = new H2("For the chair: drifting cases");
            heading.setId("drift-heading");
            heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Bottom.XSMALL);
            UnorderedList list = new UnorderedList();
            for (PanelCaseSummary s : drifting) {
                Component link = caseLink(s);
                link.getElement().getStyle().set("text-decoration", "underline");   // a link within text
                ListItem item = new ListItem(link);
                item.add(" – " + s.driftFlags().stream().map(f -> f.label().toLowerCase())
                        .collect(Collectors.joining(", ")));
                list.add(item);
            }
            drift.add(heading, list);
            drift.getElement().setAttribute("aria-labelledby", "drift-heading");
        }
    }
}
