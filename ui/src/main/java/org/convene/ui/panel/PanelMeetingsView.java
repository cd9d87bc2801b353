package org.convene.ui.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.panel.api.SchedulePanelMeetingCommand;
import org.convene.coordination.shared.api.Roles;
import org.convene.query.panel.api.FindPanelMeetingsQuery;
import org.convene.query.panel.api.PanelMeetingSummary;
import org.convene.ui.MainLayout;
import org.convene.ui.security.CurrentUser;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.Pages;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/** Panel meetings, latest first, each opening its agenda; the chair schedules the next one. */
@Route(value = "panel/meetings", layout = MainLayout.class)
@PageTitle("Panel meetings | Convene")
@RolesAllowed({Roles.PANEL_CHAIR, Roles.PANEL_MEMBER})
public class PanelMeetingsView extends Main {

    private final QueryGateway queryGateway;
    final Grid<PanelMeetingSummary> grid = new Grid<>(PanelMeetingSummary.class, false);
    ScheduleMeetingForm schedule;
    private String meetingId = UUID.randomUUID().toString();

    public PanelMeetingsView(QueryGateway queryGateway, CommandGateway commandGateway, CurrentUser currentUser) {
        this.queryGateway = queryGateway;
        H1 title = Pages.column(this, new H1("Panel meetings"));
        RouterLink cases = new RouterLink("Open panel cases", PanelCasesView.class);

        grid.setId("panel-meetings");
        grid.setAriaLabel("Panel meetings, latest first");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(new ComponentRenderer<>(PanelMeetingsView::agendaLink)).setHeader("Meeting").setAutoWidth(true);
        grid.addColumn(m -> m.startTime() == null ? "" : m.startTime().toString()).setHeader("Time")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PanelMeetingSummary::chairName).setHeader("Chair").setAutoWidth(true);
        grid.addColumn(m -> m.location() == null ? "" : m.location()).setHeader("Location").setFlexGrow(2);
        grid.addColumn(PanelMeetingSummary::discussed).setHeader("Young people discussed").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText("No panel meeting is scheduled.");
        grid.setAllRowsVisible(true);
        add(title, cases, grid);

        currentUser.get().filter(u -> u.hasRole(Roles.PANEL_CHAIR)).ifPresent(chair -> {
            schedule = new ScheduleMeetingForm(chair.displayName());
            PanelForms.sendOnSave(commandGateway, schedule, m -> new SchedulePanelMeetingCommand(meetingId, m.date(),
                    m.time(), m.chairName(), m.location()), m -> "Meeting scheduled for " + Formats.date(m.date()) + ".",
                    this::openScheduled);
            add(PanelLabels.section("Schedule a meeting", "schedule-heading", schedule));
        });
        reload();
    }

    static RouterLink agendaLink(PanelMeetingSummary m) {
        RouterLink link = new RouterLink("Agenda for " + Formats.date(m.meetingDate()), PanelAgendaView.class,
                new RouteParameters(PanelAgendaView.MEETING_ID, m.meetingId()));
        link.getElement().setAttribute("data-meeting-id", m.meetingId());
        return link;
    }

    void reload() {
        try {
            grid.setItems(new ArrayList<>(queryGateway.query(new FindPanelMeetingsQuery(),
                    ResponseTypes.multipleInstancesOf(PanelMeetingSummary.class)).get(10, TimeUnit.SECONDS)));
        } catch (Exception e) {
            grid.setItems(List.of());
            grid.setEmptyStateText("The meetings could not be loaded just now. Please reload the page.");
        }
    }

    /** After scheduling: the new meeting's agenda; the next meeting scheduled gets a new id. */
    private void openScheduled() {
        String id = meetingId;
        meetingId = UUID.randomUUID().toString();
        getUI().ifPresent(ui -> ui.navigate(PanelAgendaView.class,
                new RouteParameters(PanelAgendaView.MEETING_ID, id)));
    }
}
