package org.convene.ui.shared;

import com.vaadin.flow.component.html.Span;

/** Lumo badges: a short word in colour ("Urgent", "Overdue", "Done"). */
public final class Badges {

    private Badges() {
    }

    /** @param theme Lumo badge theme names, e.g. {@code "badge error primary"} */
    public static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }
}
