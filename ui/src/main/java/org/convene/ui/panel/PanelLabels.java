package org.convene.ui.panel;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.convene.coordination.panel.api.ClosureReason;
import org.convene.coordination.panel.api.ExploitationType;
import org.convene.coordination.panel.api.PanelRiskLevel;
import org.convene.query.panel.api.DriftFlag;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** Shared wording, badges, sections and choice fields of the panel screens. */
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

    static String types(List<ExploitationType> types) {
        return types.stream().map(ExploitationType::label).collect(Collectors.joining(", "));
    }

    /** A titled part of a page, labelled by its heading for screen readers. */
    static Section section(String heading, String id, Component content) {
        H2 h = new H2(heading);
        h.setId(id);
        h.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.XSMALL);
        Section s = new Section(h, content);
        s.getElement().setAttribute("aria-labelledby", id);
        return s;
    }

    static RadioButtonGroup<PanelRiskLevel> riskLevels(String label) {
        RadioButtonGroup<PanelRiskLevel> risk = new RadioButtonGroup<>(label, PanelRiskLevel.values());
        risk.setItemLabelGenerator(PanelRiskLevel::label);
        return risk;
    }

    static CheckboxGroup<ExploitationType> exploitationTypes() {
        CheckboxGroup<ExploitationType> types = new CheckboxGroup<>("Types of exploitation", ExploitationType.values());
        types.setItemLabelGenerator(ExploitationType::label);
        return types;
    }

    /** The reasons a chair may give for closing a case. */
    static Select<ClosureReason> closureReasons(String label) {
        Select<ClosureReason> reason = new Select<>();
        reason.setLabel(label);
        reason.setItems(ClosureReason.chosenByAChair());
        reason.setItemLabelGenerator(ClosureReason::label);
        return reason;
    }
}
