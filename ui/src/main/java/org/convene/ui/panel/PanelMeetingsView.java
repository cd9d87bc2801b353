package org.convene.ui.panel;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.convene.ui.shared.ProblemList;
import org.convene.ui.shared.UserMessages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;

/** Panel meetings, latest first, each opening its agenda; the chair schedules the next one. */
@Route(value = "panel/meetings", layout = MainLayout.class)
@PageTitle("Panel meetings | Convene")
@RolesAllowed({Roles.PANEL_CHAIR, Roles.PANEL_MEMBER})
public class PanelMeetingsView extends Main {

    private final QueryGateway queryGateway;
    private final CommandGateway commandGateway;
    final Grid<PanelMeetingSummary> grid = new Grid<>(PanelMeetingSummary.class, false);
    final DatePicker date = new DatePicker("Meeting date");
    final TimePicker time = new TimePicker("Start time");
    final TextField chairName = new TextField("Chair");
    final TextField location = new TextField("Location");
    final Button schedule = new Button("Schedule meeting");
    final ProblemList errors = new ProblemList("schedule-errors");
    private String meetingId = UUID.randomUUID().toString();

    public PanelMeetingsView(QueryGateway queryGateway, CommandGateway commandGateway, CurrentUser currentUser) {
        this.queryGateway = queryGateway;
        this.commandGateway = commandGateway;
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        H1 title = new H1("Panel meetings");
        title.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.Margin.NONE);
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

        if (currentUser.get().filter(u -> u.hasRole(Roles.PANEL_CHAIR)).isPresent()) {
            date.setId("meeting-date");
            date.setLocale(Locale.UK);
            date.setMin(Formats.today().minusDays(31));
            time.setId("meeting-time");
            time.setLocale(Locale.UK);
            time.setValue(LocalTime.of(10, 0));
            chairName.setId("meeting-chair");
            currentUser.get().ifPresent(u -> chairName.setValue(u.displayName()));
            location.setId("meeting-location");
            schedule.setId("schedule-meeting");
            schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            schedule.addClickListener(e -> schedule());
            H2 heading = new H2("Schedule a meeting");
            heading.setId("schedule-heading");
            heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.LARGE);
            Section section = new Section(heading, errors, new FormLayout(date, time, chairName, location), schedule);
            section.getElement().setAttribute("aria-labelledby", "schedule-heading");
            add(section);
        }
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

    void schedule() {
        errors.clear();
        if (date.isEmpty()) {
            errors.show(List.of("Enter the date of the meeting."));
            return;
        }
        String id = meetingId;
        try {
            commandGateway.sendAndWait(new SchedulePanelMeetingCommand(id, date.getValue(), time.getValue(),
                    chairName.getValue(), location.getValue()));
        } catch (RuntimeException e) {
            errors.show(UserMessages.problems(e));
            return;
        }
        meetingId = UUID.randomUUID().toString();
        Notification.show("Meeting scheduled for " + Formats.date(date.getValue()) + ".")
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(PanelAgendaView.class,
                new RouteParameters(PanelAgendaView.MEETING_ID, id)));
    }
}
