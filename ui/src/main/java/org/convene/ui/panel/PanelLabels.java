package org.convene.ui.panel;

import java.util.Set;

import org.convene.coordination.panel.api.PanelRiskLevel;
import org.convene.query.panel.api.DriftFlag;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** Shared wording and badges of the panel screens. */
final class PanelLabels {

    private PanelLabels() {
    }

    static Component riskBadge(PanelRiskLevel level) {
        Span badge = new Span(level == null ? "Not assessed" : level.label());
        String theme = level == null ? "badge contrast" : switch (level) {
            case HIGH -> "badge error primary";
            case MEDIUM -> "badge";
            case LOW -> "badge success";
        };
        badge.getElement().getThemeList().add(theme);
        badge.getElement().setAttribute("data-risk", level == null ? "" : level.name());
        return badge;
    }

    static Component driftBadges(Set<DriftFlag> flags) {
        Span all = new Span();
        all.addClassName("drift-flags");
        for (DriftFlag flag : flags) {
            Span badge = new Span(flag.label());
            badge.getElement().getThemeList().add("badge error");
            badge.getStyle().set("margin-right", "var(--lumo-space-xs)");
            all.add(badge);
        }
        return all;
    }

    /** The child's chronology opened for the panel (the purpose is recorded by the chronology's access audit). */
    static String chronologyUrl(String childId) {
        return "children/" + childId + "/chronology?purpose=PANEL";
    }
}
