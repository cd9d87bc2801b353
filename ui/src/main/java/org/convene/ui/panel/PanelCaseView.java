package org.convene.ui.panel;

import java.util.Locale;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.panel.api.ClosePanelCaseCommand;
import org.convene.coordination.panel.api.CompletePanelActionCommand;
import org.convene.coordination.shared.api.Roles;
import org.convene.infra.security.ConveneUser;
import org.convene.query.panel.api.FindPanelCaseQuery;
import org.convene.query.panel.api.PanelCaseDetails;
import org.convene.ui.MainLayout;
import org.convene.ui.security.CurrentUser;
import org.convene.ui.shared.AgencyNames;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.LiveRecord;
import org.convene.ui.shared.Pages;
import org.convene.ui.shared.RecordView;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * A young person's panel case: referrals and concerns joined, risk history, actions under
 * Prepare / Prevent / Protect / Pursue with their progress (the owner agency marks its actions
 * done), places and peer groups of concern, discussions, closure. The chair records an outcome
 * outside a meeting or closes the case. Live for everyone who has it open.
 */
@Route(value = "panel/cases/:childId", layout = MainLayout.class)
@PageTitle("Panel case | Convene")
@RolesAllowed({Roles.PANEL_CHAIR, Roles.PANEL_MEMBER})
public class PanelCaseView extends RecordView {

    public static final String CHILD_ID = "childId";

    private final CommandGateway commandGateway;
    private final Map<String, String> agencies;
    private final boolean chair;
    private final LiveRecord<PanelCaseDetails> read;
    private final PanelCaseSections sections;
    final Paragraph about = new Paragraph();
    final Div body = new Div();
    String childId;
    PanelCaseDetails details;

    public PanelCaseView(QueryGateway queryGateway, CommandGateway commandGateway, AgencyNames agencyNames,
                         CurrentUser currentUser) {
        super(CHILD_ID, "Panel case", "panel-case-title");
        this.commandGateway = commandGateway;
        this.agencies = agencyNames.all();
        this.chair = currentUser.get().filter(u -> u.hasRole(Roles.PANEL_CHAIR)).isPresent();
        this.read = new LiveRecord<>(queryGateway, PanelCaseDetails.class, this::show,
                () -> about.setText("The case could not be loaded just now. Please reload the page."));
        this.sections = new PanelCaseSections(agencies, currentUser.get().map(ConveneUser::agencyId).orElse(""),
                this::openDone);
        Pages.column(this, title);
        about.setId("panel-case-about");
        body.setId("panel-case");
        add(title, about, new RouterLink("Open panel cases", PanelCasesView.class), body);
    }

    @Override
    protected void enter(String id, BeforeEnterEvent event) {
        childId = id;
        read.bind(this, new FindPanelCaseQuery(childId));
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
                        : PanelLabels.types(d.exploitationTypes())),
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
        sections.of(d).forEach(body::add);
    }

    /** The chair records an outcome outside a meeting. */
    PanelOutcomeDialog openOutcome() {
        PanelCaseDetails shown = details;
        PanelOutcomeDialog dialog = new PanelOutcomeDialog(agencies, shown.childName(), Formats.today(),
                shown.riskLevel(), shown.exploitationTypes());
        PanelForms.sendOnSave(commandGateway, dialog, o -> o.command(shown.childId(), dialog.discussionId, null,
                shown.version()), o -> "Outcome recorded.", read::reload);
        dialog.open();
        return dialog;
    }

    /** The owner agency marks one of its actions done. */
    PanelFormDialog<PanelForms.Completion> openDone(PanelCaseDetails.Action a) {
        String shownChildId = details.childId();
        var dialog = new PanelFormDialog<>("Mark done: " + a.description(), PanelForms.Completion.class,
                "action-done", "Mark done");
        dialog.field(new DatePicker("Done on"), "on").setLocale(Locale.UK);
        dialog.field(new TextArea("Outcome"), "outcome").setWidthFull();
        dialog.binder.readRecord(new PanelForms.Completion(Formats.today(), ""));
        PanelForms.sendOnSave(commandGateway, dialog, done -> new CompletePanelActionCommand(shownChildId,
                a.actionId(), done.on(), done.outcome()), done -> "Action marked done.", read::reload);
        dialog.open();
        return dialog;
    }

    /** The chair closes the case outside a meeting. */
    PanelFormDialog<PanelForms.Closure> openClose() {
        PanelCaseDetails shown = details;
        var dialog = new PanelFormDialog<>("Close the panel case of " + shown.childName(), PanelForms.Closure.class,
                "close", "Close the case");
        dialog.save.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.field(PanelLabels.closureReasons("Reason"), "reason");
        dialog.field(new TextArea("Note"), "note").setWidthFull();
        PanelForms.sendOnSave(commandGateway, dialog, c -> new ClosePanelCaseCommand(shown.childId(), c.reason(),
                c.note(), shown.version()), c -> "Case closed.", read::reload);
        dialog.open();
        return dialog;
    }
}
