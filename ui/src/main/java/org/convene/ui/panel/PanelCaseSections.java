package org.convene.ui.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.convene.coordination.panel.api.ActionHeading;
import org.convene.query.panel.api.PanelCaseDetails;
import org.convene.ui.shared.AgencyNames;
import org.convene.ui.shared.Formats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The parts of a young person's panel case page below its summary: referrals and concerns, risk
 * history, actions by heading (the owner agency may mark its open actions done), places and peer
 * groups, discussions and earlier cases.
 */
final class PanelCaseSections {

    private final Map<String, String> agencies;
    private final String userAgencyId;
    private final Consumer<PanelCaseDetails.Action> markDone;

    PanelCaseSections(Map<String, String> agencies, String userAgencyId, Consumer<PanelCaseDetails.Action> markDone) {
        this.agencies = agencies;
        this.userAgencyId = userAgencyId;
        this.markDone = markDone;
    }

    List<Component> of(PanelCaseDetails d) {
        List<Component> sections = new ArrayList<>(List.of(
                PanelLabels.section("Referrals and concerns", "referrals-heading", referrals(d)),
                PanelLabels.section("Risk history", "risk-heading", riskHistory(d)),
                PanelLabels.section("Actions", "actions-heading", actions(d)),
                PanelLabels.section("Places and peer groups", "context-heading", context(d)),
                PanelLabels.section("Discussions", "discussions-heading", discussions(d))));
        if (!d.previousCases().isEmpty()) {
            Div previous = new Div();
            d.previousCases().forEach(c -> previous.add(new Paragraph("Referred " + Formats.dateTime(c.referredAt())
                    + ", closed " + Formats.date(c.closedOn()) + ": " + c.reason().label()
                    + (c.note() == null ? "" : ". " + c.note()))));
            sections.add(PanelLabels.section("Earlier panel cases", "previous-heading", previous));
        }
        return sections;
    }

    private static <T> Grid<T> grid(Class<T> type, String id, String ariaLabel, List<T> rows) {
        Grid<T> grid = new Grid<>(type, false);
        grid.setId(id);
        grid.setAriaLabel(ariaLabel);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component referrals(PanelCaseDetails d) {
        Grid<PanelCaseDetails.Referral> referrals = grid(PanelCaseDetails.Referral.class, "panel-referrals",
                "Referrals and concerns joined to this case", d.referrals());
        referrals.addColumn(r -> Formats.dateTime(r.referredAt())).setHeader("Referred").setAutoWidth(true).setFlexGrow(0);
        referrals.addColumn(r -> r.source().label() + (r.openedTheCase() ? "" : " (joined)")).setHeader("How")
                .setAutoWidth(true);
        referrals.addColumn(r -> AgencyNames.name(agencies, r.agencyId())).setHeader("Agency").setAutoWidth(true);
        referrals.addColumn(r -> PanelLabels.types(r.exploitationTypes())).setHeader("Exploitation").setFlexGrow(1);
        referrals.addColumn(r -> r.riskLevel() == null ? "" : r.riskLevel().label()).setHeader("Risk given")
                .setAutoWidth(true).setFlexGrow(0);
        referrals.addColumn(PanelCaseDetails.Referral::reason).setHeader("Reason").setFlexGrow(3);
        return referrals;
    }

    private static Component riskHistory(PanelCaseDetails d) {
        Grid<PanelCaseDetails.RiskChange> risk = grid(PanelCaseDetails.RiskChange.class, "panel-risk-history",
                "Risk level history", d.riskHistory());
        risk.addColumn(r -> Formats.date(r.on())).setHeader("Date").setAutoWidth(true).setFlexGrow(0);
        risk.addColumn(new ComponentRenderer<>(r -> PanelLabels.riskBadge(r.riskLevel()))).setHeader("Risk")
                .setAutoWidth(true).setFlexGrow(0);
        risk.addColumn(PanelCaseDetails.RiskChange::source).setHeader("Set by").setAutoWidth(true);
        risk.addColumn(PanelCaseDetails.RiskChange::rationale).setHeader("Rationale").setFlexGrow(3);
        risk.setEmptyStateText("No risk level yet: the panel agrees one at the first discussion.");
        return risk;
    }

    private Component actions(PanelCaseDetails d) {
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
            under.forEach(a -> actions.add(action(a)));
        }
        return actions;
    }

    private Component action(PanelCaseDetails.Action a) {
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
            Button done = new Button("Mark done", e -> markDone.accept(a));
            done.addClassName("panel-action-done");
            done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            row.add(done);
        }
        return row;
    }

    private static Component context(PanelCaseDetails d) {
        Div context = new Div(new Paragraph("Places of concern: " + (d.placesOfConcern().isEmpty() ? "none recorded"
                : String.join("; ", d.placesOfConcern()))), new Paragraph("Peer groups of concern: "
                + (d.peerGroupsOfConcern().isEmpty() ? "none recorded" : String.join("; ", d.peerGroupsOfConcern()))));
        context.setId("panel-context");
        return context;
    }

    private static Component discussions(PanelCaseDetails d) {
        Grid<PanelCaseDetails.Discussion> discussions = grid(PanelCaseDetails.Discussion.class, "panel-discussions",
                "Panel discussions", d.discussions());
        discussions.addColumn(x -> Formats.date(x.discussedOn())).setHeader("Date").setAutoWidth(true).setFlexGrow(0);
        discussions.addColumn(x -> x.type().label()).setHeader("Type").setAutoWidth(true).setFlexGrow(0);
        discussions.addColumn(x -> (x.previousRiskLevel() == null ? "Not assessed" : x.previousRiskLevel().label())
                + " to " + x.riskLevel().label()).setHeader("Risk").setAutoWidth(true);
        discussions.addColumn(PanelCaseDetails.Discussion::rationale).setHeader("Rationale").setFlexGrow(3);
        discussions.addColumn(x -> x.nextReviewDate() == null ? "Closed" : Formats.date(x.nextReviewDate()))
                .setHeader("Next review").setAutoWidth(true).setFlexGrow(0);
        discussions.setEmptyStateText("Not discussed yet.");
        return discussions;
    }
}
