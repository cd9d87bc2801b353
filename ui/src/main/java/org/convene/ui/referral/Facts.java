package org.convene.ui.referral;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** "Label: value" lines of a referral's facts. */
final class Facts {

    private Facts() {
    }

    static ListItem fact(String label, String value) {
        ListItem item = new ListItem();
        Span l = new Span(label + ": ");
        l.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        item.add(l, new Span(value == null ? "" : value));
        return item;
    }
}
