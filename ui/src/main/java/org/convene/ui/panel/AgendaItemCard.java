package org.convene.ui.panel;

import org.convene.query.panel.api.PanelAgenda;
import org.convene.ui.shared.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * One young person on a panel agenda: why they are on it, risk, review date, drift flags, whether
 * discussed, their chronology; for the chair, until discussed, "Record outcome" and "Defer".
 */
class AgendaItemCard extends Article {

    AgendaItemCard(int n, PanelAgenda.Item item, boolean chair, Runnable recordOutcome, Runnable defer) {
        setId("agenda-item-" + item.childId());
        addClassName("agenda-item");
        getElement().setAttribute("data-child-id", item.childId());
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
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
            Button record = new Button("Record outcome", e -> recordOutcome.run());
            record.addClassName("agenda-record-outcome");
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            Button later = new Button("Defer", e -> defer.run());
            later.addClassName("agenda-defer");
            later.addThemeVariants(ButtonVariant.LUMO_SMALL);
            buttons.add(record, later);
        }
        add(name, facts, buttons);
    }
}
