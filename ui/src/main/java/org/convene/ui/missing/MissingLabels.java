package org.convene.ui.missing;

import java.time.Instant;

import org.convene.coordination.missing.api.CareAbsenceType;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.ui.shared.Formats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** How missing episodes are written on screen: plain words, the high risk in red. */
final class MissingLabels {

    private MissingLabels() {
    }

    /** "From home", "From care (M: whereabouts not known)", "From care (A: away, whereabouts known)". */
    static String from(MissingFrom from, CareAbsenceType type) {
        if (from == null) {
            return "";
        }
        if (from == MissingFrom.HOME) {
            return "From home";
        }
        if (type == null) {
            return "From care";
        }
        return "From care (" + type.name() + ": " + (type == CareAbsenceType.M ? "whereabouts not known"
                : "away, whereabouts known") + ")";
    }

    static String risk(MissingRiskLevel level) {
        return level == null ? "Not assessed" : level.label() + (level == MissingRiskLevel.NO_APPARENT_RISK ? ""
                : " risk");
    }

    /** The police risk level as a badge: high in red, medium amber, others neutral. */
    static Component riskBadge(MissingRiskLevel level) {
        Span badge = new Span(risk(level));
        String theme = level == MissingRiskLevel.HIGH ? "badge error primary"
                : level == MissingRiskLevel.MEDIUM ? "badge warning" : "badge contrast";
        badge.getElement().getThemeList().add(theme);
        badge.getElement().setAttribute("data-risk", level == null ? "" : level.name());
        return badge;
    }

    /** What is left of the 72 hours: "2 days 3 h left", "45 min left" or "Overdue". */
    static String timeLeft(Instant dueBy, boolean overdue, Instant now) {
        if (dueBy == null) {
            return "";
        }
        if (overdue || !now.isBefore(dueBy)) {
            return "Overdue";
        }
        return Formats.elapsed(now, dueBy) + " left";
    }

    static boolean isOverdue(Instant dueBy, boolean overdue, Instant now) {
        return overdue || (dueBy != null && !now.isBefore(dueBy));
    }

    static String duration(Instant from, Instant to) {
        return from == null || to == null ? "" : Formats.elapsed(from, to);
    }

    static String orDash(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }
}
