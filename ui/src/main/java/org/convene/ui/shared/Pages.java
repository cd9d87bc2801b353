package org.convene.ui.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The frame of a page: padded, under a large title (a list page lays its parts out in a column). */
public final class Pages {

    private Pages() {
    }

    /** Lays the page out as a column and styles its title; answers the title. */
    public static H1 column(Main page, H1 title) {
        page.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        title.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.Margin.NONE);
        return title;
    }

    /** Lays out a page about one record: padded, under a large title; answers the title. */
    public static H1 record(Main page, H1 title) {
        page.addClassNames(LumoUtility.Padding.MEDIUM);
        title.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.Margin.Bottom.SMALL);
        return title;
    }

    /** The title with the page's main action at its right. */
    public static HorizontalLayout toolbar(H1 title, Component action) {
        HorizontalLayout toolbar = new HorizontalLayout(title, action);
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.expand(title);
        return toolbar;
    }
}
