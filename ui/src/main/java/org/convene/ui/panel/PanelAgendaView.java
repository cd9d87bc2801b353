package org.convene.ui.panel;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
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
import org.convene.ui.shared.ProblemList;
import org.convene.ui.shared.UserMessages;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;
import reactor.core.Disposable;

/**
 * A panel meeting's agenda: new referrals, reviews due and the chair's additions, each young
 * person with their risk, drift flags, chronology and (for the chair) the outcome form and
 * deferral; attendance by agency; the deferred items; the PDF panel pack. Live for everyone who has
 * it open.
 */
@Route(value = "panel/meetings/:meetingId", layout = MainLayout.class)
@PageTitle("Panel agenda | Convene")
@RolesAllowed({Roles.PANEL_CHAIR, Roles.PANEL_MEMBER})
public class PanelAgendaView extends Main implements BeforeEnterObserver {

    public static final String MEETING_ID = "meetingId";

    private final QueryGateway queryGateway;
    private final CommandGateway commandGateway;
    private final AgencyNames agencyNames;
    private final Map<String, String> agencies;
    private final PanelPackPdf pack;
    private final boolean chair;
    final H1 title = new H1("Panel meeting");
    final Paragraph about = new Paragraph();
    final Div attendance = new Div();
    final Div items = new Div();
    final Div deferred = new Div();
    final Div add = new Div();
    final Div download = new Div();
    final MultiSelectComboBox<String> present = new MultiSelectComboBox<>("Agencies present");
    final MultiSelectComboBox<String> apologies = new MultiSelectComboBox<>("Apologies");
    final ProblemList attendanceErrors = new ProblemList("attendance-errors");
    final ComboBox<PanelCaseSummary> addWho = new ComboBox<>("Young person with an open case");
    final TextArea addReason = new TextArea("Reason for adding");
    final ProblemList addErrors = new ProblemList("add-errors");
    String meetingId;
    PanelAgenda agenda;
    private SubscriptionQueryResult<PanelAgenda, PanelAgenda> subscription;
    private Disposable updates;

    public PanelAgendaView(QueryGateway queryGateway, CommandGateway commandGateway, AgencyNames agencyNames,
                           PanelPackPdf pack, CurrentUser currentUser) {
        this.queryGateway = queryGateway;
        this.commandGateway = commandGateway;
        this.agencyNames = agencyNames;
        this.agencies = agencyNames.all();
        this.pack = pack;
        this.chair = currentUser.get().filter(u -> u.hasRole(Roles.PANEL_CHAIR)).isPresent();
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        title.setId("agenda-title");
        title.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.Margin.NONE);
        about.setId("agenda-about");
        about.addClassNames(LumoUtility.TextColor.SECONDARY);
        items.setId("agenda");
        items.getElement().setAttribute("aria-live", "polite");
        deferred.setId("agenda-deferred");
        attendance.setId("attendance");
        RouterLink meetings = new RouterLink("All panel meetings", PanelMeetingsView.class);
        add(title, about, meetings, download, section("Attendance", "attendance-heading", attendance),
                section("Agenda", "agenda-heading", items), section("Deferred", "deferred-heading", deferred), add);
    }

    private static Section section(String heading, String id, Div content) {
        H2 h = new H2(heading);
        h.setId(id);
        h.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.XSMALL);
        Section s = new Section(h, content);
        s.getElement().setAttribute("aria-labelledby", id);
        return s;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meetingId = event.getRouteParameters().get(MEETING_ID).orElse("");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        subscription = queryGateway.subscriptionQuery(new FindPanelAgendaQuery(meetingId),
                ResponseTypes.instanceOf(PanelAgenda.class), ResponseTypes.instanceOf(PanelAgenda.class));
        try {
            show(subscription.initialResult().block());
        } catch (RuntimeException e) {
            about.setText("The agenda could not be loaded just now. Please reload the page.");
        }
        updates = subscription.updates().subscribe(a -> ui.access(() -> show(a)));
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

    void reload() {
        try {
            show(queryGateway.query(new FindPanelAgendaQuery(meetingId), ResponseTypes.instanceOf(PanelAgenda.class))
                    .get(10, TimeUnit.SECONDS));
        } catch (Exception e) {
            about.setText("The agenda could not be loaded just now. Please reload the page.");
        }
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
        showDownload(a);
        showAttendance(a);
        items.removeAll();
        if (a.items().isEmpty()) {
            items.add(new Paragraph("No young person is on the agenda: no new referrals or reviews are due."));
        }
        int n = 0;
        for (PanelAgenda.Item item : a.items()) {
            items.add(item(++n, item));
        }
        deferred.removeAll();
        if (a.deferred().isEmpty()) {
            deferred.add(new Paragraph("Nothing deferred."));
        } else {
            UnorderedList list = new UnorderedList();
            a.deferred().forEach(d -> list.add(new ListItem(d.childName() + ": " + d.reason())));
            deferred.add(list);
        }
        showAdd(a);
    }

    private void showDownload(PanelAgenda a) {
        download.removeAll();
        StreamResource resource = new StreamResource(PanelPackPdf.fileName(a), () -> {
            try {
                return new ByteArrayInputStream(pack.render(meetingId));
            } catch (Exception e) {
                return new ByteArrayInputStream(("The panel pack could not be made: "
                        + String.join(" ", UserMessages.problems(e))).getBytes(StandardCharsets.UTF_8));
            }
        });
        resource.setContentType("application/pdf");
        Anchor anchor = new Anchor(resource, "Download the panel pack (PDF)");
        anchor.getElement().setAttribute("download", true);
        anchor.setId("download-panel-pack");
        download.add(anchor);
    }

    private void showAttendance(PanelAgenda a) {
        attendance.removeAll();
        if (!chair) {
            attendance.add(new Paragraph(a.agenciesPresent().isEmpty() ? "Attendance not recorded yet."
                    : "Present: " + AgencyNames.names(agencies, a.agenciesPresent())
                    + (a.apologies().isEmpty() ? "." : ". Apologies: " + AgencyNames.names(agencies, a.apologies()) + ".")));
            return;
        }
        present.setItems(agencies.keySet());
        present.setItemLabelGenerator(id -> AgencyNames.name(agencies, id));
        present.setValue(new HashSet<>(a.agenciesPresent()));
        present.setId("attendance-present");
        present.setWidthFull();
        apologies.setItems(agencies.keySet());
        apologies.setItemLabelGenerator(id -> AgencyNames.name(agencies, id));
        apologies.setValue(new HashSet<>(a.apologies()));
        apologies.setId("attendance-apologies");
        apologies.setWidthFull();
        Button save = new Button("Save attendance", e -> saveAttendance());
        save.setId("save-attendance");
        attendance.add(attendanceErrors, present, apologies, save);
    }

    void saveAttendance() {
        attendanceErrors.clear();
        List<String> presentIds = agencies.keySet().stream().filter(present.getValue()::contains).toList();
        List<String> apologyIds = agencies.keySet().stream().filter(apologies.getValue()::contains).toList();
        try {
            commandGateway.sendAndWait(new RecordPanelAttendanceCommand(meetingId, presentIds, apologyIds));
            Notification.show("Attendance saved.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException e) {
            attendanceErrors.show(UserMessages.problems(e));
        }
    }

    private Article item(int n, PanelAgenda.Item item) {
        Article card = new Article();
        card.setId("agenda-item-" + item.childId());
        card.addClassName("agenda-item");
        card.getElement().setAttribute("data-child-id", item.childId());
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)");
        H3 name = new H3(n + ". ");
        name.add(new RouterLink(item.childName(), PanelCaseView.class,
                new RouteParameters(PanelCaseView.CHILD_ID, item.childId())));
        name.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
        Span why = new Span(item.reason().label() + (item.note() == null ? "" : ": " + item.note()));
        why.addClassName("agenda-reason");
        HorizontalLayout facts = new HorizontalLayout(PanelLabels.riskBadge(item.riskLevel()), why,
                new Span(item.nextReviewDate() == null ? "" : "Review due " + Formats.date(item.nextReviewDate())),
                PanelLabels.driftBadges(item.driftFlags()));
        facts.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        facts.setWrap(true);
        Span outcome = new Span(!item.discussed() ? "To discuss"
                : item.closed() ? "Discussed: case closed"
                : "Discussed: risk " + item.agreedRiskLevel().label().toLowerCase());
        outcome.addClassName("agenda-outcome");
        outcome.getElement().getThemeList().add(item.discussed() ? "badge success" : "badge contrast");
        Anchor chronology = new Anchor(PanelLabels.chronologyUrl(item.childId()), "Chronology");
        chronology.addClassName("agenda-chronology");
        HorizontalLayout buttons = new HorizontalLayout(outcome, chronology);
        buttons.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (chair && !item.discussed()) {
            Button record = new Button("Record outcome", e -> openOutcome(item));
            record.addClassName("agenda-record-outcome");
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            Button defer = new Button("Defer", e -> openDefer(item));
            defer.addClassName("agenda-defer");
            defer.addThemeVariants(ButtonVariant.LUMO_SMALL);
            buttons.add(record, defer);
        }
        card.add(name, facts, buttons);
        return card;
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
        PanelOutcomeDialog dialog = new PanelOutcomeDialog(commandGateway, agencyNames, item.childId(),
                item.childName(), meetingId, agenda.meeting().meetingDate(), item.riskLevel(),
                details == null ? List.of() : details.exploitationTypes(), item.version(), this::reload);
        dialog.open();
        return dialog;
    }

    Dialog openDefer(PanelAgenda.Item item) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Defer " + item.childName() + " to a later meeting");
        TextArea reason = new TextArea("Reason for deferring");
        reason.setId("defer-reason");
        reason.setWidthFull();
        ProblemList errors = new ProblemList("defer-errors");
        Button save = new Button("Defer", e -> {
            try {
                commandGateway.sendAndWait(new DeferPanelAgendaItemCommand(meetingId, item.childId(), reason.getValue()));
            } catch (RuntimeException ex) {
                errors.show(UserMessages.problems(ex));
                return;
            }
            dialog.close();
            Notification.show("Deferred.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        save.setId("defer-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(errors, reason);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        return dialog;
    }

    private void showAdd(PanelAgenda a) {
        add.removeAll();
        if (!chair) {
            return;
        }
        Set<String> onAgenda = a.items().stream().map(PanelAgenda.Item::childId).collect(Collectors.toSet());
        List<PanelCaseSummary> open = new ArrayList<>();
        try {
            open.addAll(queryGateway.query(new FindOpenPanelCasesQuery(),
                    ResponseTypes.multipleInstancesOf(PanelCaseSummary.class)).get(10, TimeUnit.SECONDS));
        } catch (Exception e) {
            addErrors.show(List.of("The open cases could not be loaded just now."));
        }
        addWho.setItems(open.stream().filter(s -> !onAgenda.contains(s.childId())).toList());
        addWho.setItemLabelGenerator(PanelCaseSummary::childName);
        addWho.setId("add-who");
        addReason.setId("add-reason");
        addReason.setWidthFull();
        Button save = new Button("Add to the agenda", e -> addToAgenda());
        save.setId("add-save");
        H2 heading = new H2("Add a young person");
        heading.setId("add-heading");
        heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM);
        add.add(heading, addErrors, addWho, addReason, save);
    }

    void addToAgenda() {
        addErrors.clear();
        if (addWho.getValue() == null) {
            addErrors.show(List.of("Choose the young person to add."));
            return;
        }
        try {
            commandGateway.sendAndWait(new AddToPanelAgendaCommand(meetingId, addWho.getValue().childId(),
                    addReason.getValue()));
        } catch (RuntimeException e) {
            addErrors.show(UserMessages.problems(e));
            return;
        }
        Notification.show("Added to the agenda.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        addReason.clear();
    }
}
