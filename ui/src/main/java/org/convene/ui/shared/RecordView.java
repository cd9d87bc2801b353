package org.convene.ui.shared;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/**
 * A page about one record named in its address (e.g. {@code panel/cases/:childId}): on entering,
 * it reads the record's id from the route and opens it, under a title that names the record once
 * it is read.
 */
public abstract class RecordView extends Main implements BeforeEnterObserver {

    /** The page's title: what the page is until the record is read, then the record's name. */
    protected final H1 title;
    private final String parameter;

    /**
     * @param parameter the route parameter that holds the record's id
     * @param title     the title until the record is read
     * @param titleId   the title's element id
     */
    protected RecordView(String parameter, String title, String titleId) {
        this.parameter = parameter;
        this.title = new H1(title);
        this.title.setId(titleId);
    }

    public H1 title() {
        return title;
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        enter(event.getRouteParameters().get(parameter).orElse(""), event);
    }

    /** Opens the record with this id (empty when the address names none). */
    protected abstract void enter(String id, BeforeEnterEvent event);
}
