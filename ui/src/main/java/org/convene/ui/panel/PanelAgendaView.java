package org.convene.ui.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.panel.api.AddToPanelAgendaCommand;
import org.convene.coordination.panel.api.DeferPanelAgendaItemCommand;
import org.convene.coordination.panel.api.RecordPanelAttendanceCommand;
import org.convene.coordination.shared.api.Roles;
import org.convene.query.panel.api.FindOpenPanelCasesQuery;
import org.convene.query.panel.api.FindPanelAgendaQuery;
import org.convene.query.panel.api.FindPanelCaseQuery;
import org.convene.query.panel.api.PanelAgenda;
import org.convene.query.panel.api.PanelCaseDetails;
import org.convene.query.panel.api.PanelCaseSummary;
import org.convene.ui.MainLayout;
import org.convene.ui.security.CurrentUser;
import org.convene.ui.shared.AgencyNames;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.LiveRecord;
import org.convene.ui.shared.Pages;
import org.convene.ui.shared.RecordView;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;

/**
 * A panel meeting's agenda: new referrals, reviews due and the chair's additions, each young
 * person with their risk, drift flags, chronology and (for the chair) the outcome form and
 * deferral; attendance by agency; the deferred items; the PDF panel pack. Live for everyone who has
 * it open.
 */
@Route(value = "panel/meetings/:meetingId", layout = MainLayout.class)
@PageTitle("Panel agenda | Convene")
@RolesAllowed({Roles.PANEL_CHAIR, Roles.PANEL_MEMBER})
public class PanelAgendaView extends RecordView {

    public static final String MEETING_ID = "meetingId";

    private final QueryGateway queryGateway;
    private final CommandGateway commandGateway;
    private final Map<String, String> agencies;
    private final PanelPackPdf pack;
    private final boolean chair;
    private final LiveRecord<PanelAgenda> read;
    final Paragraph about = new Paragraph();
    final Div attendance = new Div();
    final Div items = new Div();
    final Div deferred = new Div();
    final Div download = new Div();
    final AttendanceForm attendanceForm;
    final AddToAgendaForm addForm = new AddToAgendaForm();
    String meetingId;
    PanelAgenda agenda;

    public PanelAgendaView(QueryGateway queryGateway, CommandGateway commandGateway, AgencyNames agencyNames,
                           PanelPackPdf pack, CurrentUser currentUser) {
        super(MEETING_ID, "Panel meeting", "agenda-title");
        this.queryGateway = queryGateway;
        this.commandGateway = commandGateway;
        this.agencies = agencyNames.all();
        this.pack = pack;
        this.chair = currentUser.get().filter(u -> u.hasRole(Roles.PANEL_CHAIR)).isPresent();
        this.read = new LiveRecord<>(queryGateway, PanelAgenda.class, this::show,
                () -> about.setText("The agenda could not be loaded just now. Please reload the page."));
        this.attendanceForm = new AttendanceForm(agencies);
        Pages.column(this, title);
        about.setId("agenda-about");
        about.addClassNames(LumoUtility.TextColor.SECONDARY);
        items.setId("agenda");
        items.getElement().setAttribute("aria-live", "polite");
        deferred.setId("agenda-deferred");
        attendance.setId("attendance");
        PanelForms.sendOnSave(commandGateway, attendanceForm, a -> new RecordPanelAttendanceCommand(meetingId,
                attendanceForm.inOrder(a.present()), attendanceForm.inOrder(a.apologies())), a -> "Attendance saved.",
                () -> { });
        PanelForms.sendOnSave(commandGateway, addForm, a -> new AddToPanelAgendaCommand(meetingId, a.who().childId(),
                a.reason()), a -> "Added to the agenda.", () -> { });
        addForm.setVisible(chair);
        RouterLink meetings = new RouterLink("All panel meetings", PanelMeetingsView.class);
        add(title, about, meetings, download, PanelLabels.section("Attendance", "attendance-heading", attendance),
                PanelLabels.section("Agenda", "agenda-heading", items),
                PanelLabels.section("Deferred", "deferred-heading", deferred), addForm);
    }

    @Override
    protected void enter(String id, BeforeEnterEvent event) {
        meetingId = id;
        read.bind(this, new FindPanelAgendaQuery(meetingId));
    }

    void show(PanelAgenda a) {
        if (a == null) {
            about.setText("This meeting is being set up: the agenda appears in a moment.");
            return;
        }
        agenda = a;
        var m = a.meeting();
        title.setText("Panel meeting: " + Formats.date(m.meetingDate()));
        about.setText("Chair: " + m.chairName() + (m.startTime() == null ? "" : ". Starts " + m.startTime())
                + (m.location() == null ? "" : ". " + m.location()) + ". " + a.items().size()
                + (a.items().size() == 1 ? " young person" : " young people") + " on the agenda.");
        download.removeAll();
        download.add(pack.downloadLink(meetingId, a));
        showAttendance(a);
        items.removeAll();
        if (a.items().isEmpty()) {
            items.add(new Paragraph("No young person is on the agenda: no new referrals or reviews are due."));
        }
        int n = 0;
        for (PanelAgenda.Item item : a.items()) {
            items.add(new AgendaItemCard(++n, item, chair, () -> openOutcome(item), () -> openDefer(item)));
        }
        deferred.removeAll();
        if (a.deferred().isEmpty()) {
            deferred.add(new Paragraph("Nothing deferred."));
        } else {
            UnorderedList list = new UnorderedList();
            a.deferred().forEach(d -> list.add(new ListItem(d.childName() + ": " + d.reason())));
            deferred.add(list);
        }
        if (chair) {
            offerOpenCases(a);
        }
    }

    private void showAttendance(PanelAgenda a) {
        attendance.removeAll();
        if (chair) {
            attendanceForm.show(a);
            attendance.add(attendanceForm);
            return;
        }
        attendance.add(new Paragraph(a.agenciesPresent().isEmpty() ? "Attendance not recorded yet."
                : "Present: " + AgencyNames.names(agencies, a.agenciesPresent())
                + (a.apologies().isEmpty() ? "." : ". Apologies: " + AgencyNames.names(agencies, a.apologies()) + ".")));
    }

    PanelOutcomeDialog openOutcome(PanelAgenda.Item item) {
        PanelCaseDetails details = null;
        try {
            details = queryGateway.query(new FindPanelCaseQuery(item.childId()),
                    ResponseTypes.instanceOf(PanelCaseDetails.class)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            Notification.show("The young person's case could not be loaded just now.")
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        PanelOutcomeDialog dialog = new PanelOutcomeDialog(agencies, item.childName(),
                agenda.meeting().meetingDate(), item.riskLevel(), details == null ? List.of() : details.exploitationTypes());
        PanelForms.sendOnSave(commandGateway, dialog, o -> o.command(item.childId(), dialog.discussionId, meetingId,
                item.version()), o -> "Outcome recorded.", read::reload);
        dialog.open();
        return dialog;
    }

    PanelFormDialog<PanelForms.Deferral> openDefer(PanelAgenda.Item item) {
        var dialog = new PanelFormDialog<>("Defer " + item.childName() + " to a later meeting",
                PanelForms.Deferral.class, "defer", "Defer");
        dialog.field(new TextArea("Reason for deferring"), "reason").setWidthFull();
        PanelForms.sendOnSave(commandGateway, dialog, d -> new DeferPanelAgendaItemCommand(meetingId, item.childId(),
                d.reason()), d -> "Deferred.", () -> { });
        dialog.open();
        return dialog;
    }

    /** The chair's choice of young people to add: open cases not on the agenda already. */
    private void offerOpenCases(PanelAgenda a) {
        Set<String> onAgenda = a.items().stream().map(PanelAgenda.Item::childId).collect(Collectors.toSet());
        List<PanelCaseSummary> open = new ArrayList<>();
        try {
            open.addAll(queryGateway.query(new FindOpenPanelCasesQuery(),
                    ResponseTypes.multipleInstancesOf(PanelCaseSummary.class)).get(10, TimeUnit.SECONDS));
        } catch (Exception e) {
            addForm.errors.show(List.of("The open cases could not be loaded just now."));
        }
        addForm.offer(open.stream().filter(s -> !onAgenda.contains(s.childId())).toList());
    }
}
