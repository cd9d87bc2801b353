package org.convene.ui.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** A part of a page under its own heading, labelled by it for assistive technology. */
public final class Sections {

    private Sections() {
    }

    public static Section of(String heading, String headingId, Component... content) {
        Section s = new Section(heading(heading, headingId));
        s.add(content);
        s.getElement().setAttribute("aria-labelledby", headingId);
        return s;
    }

    public static H2 heading(String text, String id) {
        H2 h = new H2(text);
        h.setId(id);
        h.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.LARGE);
        return h;
    }
}
