package org.convene.ui.panel;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.convene.coordination.panel.api.ActionHeading;
import org.convene.coordination.panel.api.ClosePanelCaseCommand;
import org.convene.coordination.panel.api.ClosureReason;
import org.convene.coordination.panel.api.CompletePanelActionCommand;
import org.convene.coordination.panel.api.ExploitationType;
import org.convene.coordination.shared.api.Roles;
import org.convene.infra.security.ConveneUser;
import org.convene.query.panel.api.FindPanelCaseQuery;
import org.convene.query.panel.api.PanelCaseDetails;
import org.convene.ui.MainLayout;
import org.convene.ui.security.CurrentUser;
import org.convene.ui.shared.AgencyNames;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.ProblemList;
import org.convene.ui.shared.UserMessages;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;
import reactor.core.Disposable;

/**
 * A young person's panel case: referrals and concerns joined, risk history, actions under
 * Prepare / Prevent / Protect / Pursue with their progress (the owner agency marks its actions
 * done), places and peer groups of concern, discussions, closure. The chair records an outcome
 * outside a meeting or closes the case. Live for everyone who has it open.
 */
@Route(value = "panel/cases/:childId", layout = MainLayout.class)
@PageTitle("Panel case | Convene")
@RolesAllowed({Roles.PANEL_CHAIR, Roles.PANEL_MEMBER})
public class PanelCaseView extends Main implements BeforeEnterObserver {

    public static final String CHILD_ID = "childId";

    private final QueryGateway queryGateway;
    private final CommandGateway commandGateway;
    private final AgencyNames agencyNames;
    private final Map<String, String> agencies;
    private final boolean chair;
    private final String userAgencyId;
    final H1 title = new H1("Panel case");
    final Paragraph about = new Paragraph();
    final Div body = new Div();
    String childId;
    PanelCaseDetails details;
    private SubscriptionQueryResult<PanelCaseDetails, PanelCaseDetails> subscription;
    private Disposable updates;

    public PanelCaseView(QueryGateway queryGateway, CommandGateway commandGateway, AgencyNames agencyNames,
                         CurrentUser currentUser) {
        this.queryGateway = queryGateway;
        this.commandGateway = commandGateway;
        this.agencyNames = agencyNames;
        this.agencies = agencyNames.all();
        this.chair = currentUser.get().filter(u -> u.hasRole(Roles.PANEL_CHAIR)).isPresent();
        this.userAgencyId = currentUser.get().map(ConveneUser::agencyId).orElse("");
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        title.setId("panel-case-title");
        title.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.Margin.NONE);
        about.setId("panel-case-about");
        body.setId("panel-case");
        add(title, about, new RouterLink("Open panel cases", PanelCasesView.class), body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        childId = event.getRouteParameters().get(CHILD_ID).orElse("");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        subscription = queryGateway.subscriptionQuery(new FindPanelCaseQuery(childId),
                ResponseTypes.instanceOf(PanelCaseDetails.class), ResponseTypes.instanceOf(PanelCaseDetails.class));
        try {
            show(subscription.initialResult().block());
        } catch (RuntimeException e) {
            about.setText("The case could not be loaded just now. Please reload the page.");
        }
        updates = subscription.updates().subscribe(d -> ui.access(() -> show(d)));
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
            show(queryGateway.query(new FindPanelCaseQuery(childId), ResponseTypes.instanceOf(PanelCaseDetails.class))
                    .get(10, TimeUnit.SECONDS));
        } catch (Exception e) {
            about.setText("The case could not be loaded just now. Please reload the page.");
        }
    }

    void show(PanelCaseDetails d) {
        body.removeAll();
        if (d == null) {
            about.setText("This young person has not been referred to the exploitation panel.");
            return;
        }
        details = d;
        title.setText("Panel case: " + d.childName());
        about.setText((d.dateOfBirth() == null ? "" : "Born " + Formats.date(d.dateOfBirth()) + " ("
                + Formats.age(d.dateOfBirth(), false, Formats.today()) + "). ")
                + (d.open() ? "Open since " + Formats.dateTime(d.referredAt()) + ". Next review: "
                + (d.nextReviewDate() == null ? "first discussion due" : Formats.date(d.nextReviewDate())) + "."
                : "Closed " + Formats.date(d.closure().closedOn()) + ": " + d.closure().reason().label() + "."));

        HorizontalLayout facts = new HorizontalLayout(PanelLabels.riskBadge(d.riskLevel()),
                new Span(d.exploitationTypes().isEmpty() ? "Types of exploitation not yet identified"
                        : d.exploitationTypes().stream().map(ExploitationType::label).collect(Collectors.joining(", "))),
                new Span(d.referralsInLast12Months() + (d.referralsInLast12Months() == 1 ? " referral" : " referrals")
                        + " in the last 12 months"),
                PanelLabels.driftBadges(d.driftFlags()));
        facts.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        facts.setWrap(true);
        Anchor chronology = new Anchor(PanelLabels.chronologyUrl(d.childId()), "Chronology");
        chronology.setId("panel-case-chronology");
        HorizontalLayout tools = new HorizontalLayout(chronology);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (chair && d.open()) {
            Button outcome = new Button("Record an outcome", e -> openOutcome());
            outcome.setId("panel-case-outcome");
            Button close = new Button("Close the case", e -> openClose());
            close.setId("panel-case-close");
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            tools.add(outcome, close);
        }
        body.add(facts, tools);

        Grid<PanelCaseDetails.Referral> referrals = new Grid<>(PanelCaseDetails.Referral.class, false);
        referrals.setId("panel-referrals");
        referrals.setAriaLabel("Referrals and concerns joined to this case");
        referrals.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        referrals.addColumn(r -> Formats.dateTime(r.referredAt())).setHeader("Referred").setAutoWidth(true).setFlexGrow(0);
        referrals.addColumn(r -> r.source().label() + (r.openedTheCase() ? "" : " (joined)")).setHeader("How")
                .setAutoWidth(true);
        referrals.addColumn(r -> AgencyNames.name(agencies, r.agencyId())).setHeader("Agency").setAutoWidth(true);
        referrals.addColumn(r -> r.exploitationTypes().stream().map(ExploitationType::label)
                .collect(Collectors.joining(", "))).setHeader("Exploitation").setFlexGrow(1);
        referrals.addColumn(r -> r.riskLevel() == null ? "" : r.riskLevel().label()).setHeader("Risk given")
                .setAutoWidth(true).setFlexGrow(0);
        referrals.addColumn(PanelCaseDetails.Referral::reason).setHeader("Reason").setFlexGrow(3);
        referrals.setItems(d.referrals());
        referrals.setAllRowsVisible(true);

        Grid<PanelCaseDetails.RiskChange> risk = new Grid<>(PanelCaseDetails.RiskChange.class, false);
        risk.setId("panel-risk-history");
        risk.setAriaLabel("Risk level history");
        risk.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        risk.addColumn(r -> Formats.date(r.on())).setHeader("Date").setAutoWidth(true).setFlexGrow(0);
        risk.addColumn(new ComponentRenderer<>(r -> PanelLabels.riskBadge(r.riskLevel()))).setHeader("Risk")
                .setAutoWidth(true).setFlexGrow(0);
        risk.addColumn(PanelCaseDetails.RiskChange::source).setHeader("Set by").setAutoWidth(true);
        risk.addColumn(PanelCaseDetails.RiskChange::rationale).setHeader("Rationale").setFlexGrow(3);
        risk.setItems(d.riskHistory());
        risk.setAllRowsVisible(true);
        risk.setEmptyStateText("No risk level yet: the panel agrees one at the first discussion.");

        Div actions = new Div();
        actions.setId("panel-actions");
        for (ActionHeading heading : ActionHeading.values()) {
            List<PanelCaseDetails.Action> under = d.actions().stream().filter(a -> a.heading() == heading).toList();
            long done = under.stream().filter(a -> "DONE".equals(a.status())).count();
            H3 h = new H3(heading.label() + " (" + done + " of " + under.size() + " done)");
            h.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Bottom.XSMALL);
            actions.add(h);
            if (under.isEmpty()) {
                actions.add(new Paragraph("No actions."));
            }
            for (PanelCaseDetails.Action a : under) {
                actions.add(actionRow(a));
            }
        }

        Div context = new Div(new Paragraph("Places of concern: " + (d.placesOfConcern().isEmpty() ? "none recorded"
                : String.join("; ", d.placesOfConcern()))), new Paragraph("Peer groups of concern: "
                + (d.peerGroupsOfConcern().isEmpty() ? "none recorded" : String.join("; ", d.peerGroupsOfConcern()))));
        context.setId("panel-context");

        Grid<PanelCaseDetails.Discussion> discussions = new Grid<>(PanelCaseDetails.Discussion.class, false);
        discussions.setId("panel-discussions");
        discussions.setAriaLabel("Panel discussions");
        discussions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        discussions.addColumn(x -> Formats.date(x.discussedOn())).setHeader("Date").setAutoWidth(true).setFlexGrow(0);
        discussions.addColumn(x -> x.type().label()).setHeader("Type").setAutoWidth(true).setFlexGrow(0);
        discussions.addColumn(x -> (x.previousRiskLevel() == null ? "Not assessed" : x.previousRiskLevel().label())
                + " to " + x.riskLevel().label()).setHeader("Risk").setAutoWidth(true);
        discussions.addColumn(PanelCaseDetails.Discussion::rationale).setHeader("Rationale").setFlexGrow(3);
        discussions.addColumn(x -> x.nextReviewDate() == null ? "Closed" : Formats.date(x.nextReviewDate()))
                .setHeader("Next review").setAutoWidth(true).setFlexGrow(0);
        discussions.setItems(d.discussions());
        discussions.setAllRowsVisible(true);
        discussions.setEmptyStateText("Not discussed yet.");

        body.add(section("Referrals and concerns", "referrals-heading", referrals),
                section("Risk history", "risk-heading", risk),
                section("Actions", "actions-heading", actions),
                section("Places and peer groups", "context-heading", context),
                section("Discussions", "discussions-heading", discussions));
        if (!d.previousCases().isEmpty()) {
            Div previous = new Div();
            d.previousCases().forEach(c -> previous.add(new Paragraph("Referred " + Formats.dateTime(c.referredAt())
                    + ", closed " + Formats.date(c.closedOn()) + ": " + c.reason().label()
                    + (c.note() == null ? "" : ". " + c.note()))));
            body.add(section("Earlier panel cases", "previous-heading", previous));
        }
    }

    private Component actionRow(PanelCaseDetails.Action a) {
        Div row = new Div();
        row.addClassName("panel-action");
        row.getElement().setAttribute("data-action-id", a.actionId());
        String status = switch (a.status()) {
            case "DONE" -> "Done " + Formats.date(a.completedOn()) + ": " + a.outcome();
            case "WITHDRAWN" -> "Withdrawn when the case closed";
            default -> a.overdue() ? "Overdue" : "Open";
        };
        Span text = new Span(a.description() + " – " + AgencyNames.name(agencies, a.ownerAgencyId()) + ", due "
                + Formats.date(a.dueDate()) + ". ");
        Span badge = new Span(status);
        badge.getElement().getThemeList().add("DONE".equals(a.status()) ? "badge success"
                : a.overdue() ? "badge error" : "badge contrast");
        row.add(text, badge);
        if ("OPEN".equals(a.status()) && a.ownerAgencyId().equals(userAgencyId)) {
            Button done = new Button("Mark done", e -> openDone(a));
            done.addClassName("panel-action-done");
            done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            row.add(done);
        }
        return row;
    }

    private static Section section(String heading, String id, Component content) {
        H2 h = new H2(heading);
        h.setId(id);
        h.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.XSMALL);
        Section s = new Section(h, content);
        s.getElement().setAttribute("aria-labelledby", id);
        return s;
    }

    PanelOutcomeDialog openOutcome() {
        PanelOutcomeDialog dialog = new PanelOutcomeDialog(commandGateway, agencyNames, details.childId(),
                details.childName(), null, Formats.today(), details.riskLevel(), details.exploitationTypes(),
                details.version(), this::reload);
        dialog.open();
        return dialog;
    }

    Dialog openDone(PanelCaseDetails.Action a) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Mark done: " + a.description());
        DatePicker on = new DatePicker("Done on", Formats.today());
        on.setLocale(Locale.UK);
        on.setId("action-done-on");
        TextArea outcome = new TextArea("Outcome");
        outcome.setId("action-done-outcome");
        outcome.setWidthFull();
        ProblemList errors = new ProblemList("action-done-errors");
        Button save = new Button("Mark done", e -> {
            try {
                commandGateway.sendAndWait(new CompletePanelActionCommand(details.childId(), a.actionId(),
                        on.getValue(), outcome.getValue()));
            } catch (RuntimeException ex) {
                errors.show(UserMessages.problems(ex));
                return;
            }
            dialog.close();
            Notification.show("Action marked done.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
        });
        save.setId("action-done-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(errors, on, outcome);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        return dialog;
    }

    Dialog openClose() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Close the panel case of " + details.childName());
        Long shown = details.version();
        Select<ClosureReason> reason = new Select<>();
        reason.setLabel("Reason");
        reason.setItems(ClosureReason.chosenByAChair());
        reason.setItemLabelGenerator(ClosureReason::label);
        reason.setId("close-reason");
        TextArea note = new TextArea("Note");
        note.setId("close-note");
        note.setWidthFull();
        ProblemList errors = new ProblemList("close-errors");
        Button save = new Button("Close the case", e -> {
            try {
                commandGateway.sendAndWait(new ClosePanelCaseCommand(details.childId(), reason.getValue(),
                        note.getValue(), shown));
            } catch (RuntimeException ex) {
                if (UserMessages.changedMeanwhile(ex)) {
                    Button reload = new Button("Close and reload", click -> {
                        dialog.close();
                        reload();
                    });
                    reload.setId("close-reload");
                    errors.show(UserMessages.problems(ex), reload);
                } else {
                    errors.show(UserMessages.problems(ex));
                }
                return;
            }
            dialog.close();
            Notification.show("Case closed.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
        });
        save.setId("close-save");
        save.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(errors, reason, note);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        return dialog;
    }
}
