package org.convene.ui.shared;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/** Where a form lists what stops it being saved; announced by screen readers (role=alert). */
public class ProblemList extends Div {

    public ProblemList(String id) {
        setId(id);
        getElement().setAttribute("role", "alert");
        getStyle().set("color", "var(--lumo-error-text-color)");
    }

    public void show(List<String> problems) {
        removeAll();
        if (problems.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        problems.forEach(p -> list.add(new ListItem(p)));
        add(list);
    }

    /** The problems and what the person can do about them (e.g. reload what changed meanwhile). */
    public void show(List<String> problems, Component action) {
        show(problems);
        add(action);
    }

    public void clear() {
        removeAll();
    }

    public boolean isEmpty() {
        return getChildren().findAny().isEmpty();
    }
}
