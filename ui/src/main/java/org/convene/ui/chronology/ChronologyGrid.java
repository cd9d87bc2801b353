package org.convene.ui.chronology;

import java.time.Duration;
import java.util.Map;

import org.convene.query.chronology.api.ChronologyEntry;
import org.convene.query.chronology.api.ChronologyKinds;
import org.convene.ui.referral.ReferralView;
import org.convene.ui.shared.AgencyNames;
import org.convene.ui.shared.Formats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * A chronology's entries in the order things happened: when, when recorded (marked when recorded
 * more than a day later), agency, type, what (key events marked) and the referral it belongs to.
 */
class ChronologyGrid extends Grid<ChronologyEntry> {

    ChronologyGrid(Map<String, String> agencyNames) {
        super(ChronologyEntry.class, false);
        setId("chronology");
        setAriaLabel("Chronology, in the order things happened");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader("Happened").setAutoWidth(true).setFlexGrow(0);
        addColumn(new ComponentRenderer<>(ChronologyGrid::recorded)).setHeader("Recorded").setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(e -> AgencyNames.name(agencyNames, e.agencyId())).setHeader("Agency").setAutoWidth(true);
        addColumn(e -> ChronologyKinds.label(e.kind())).setHeader("Type").setAutoWidth(true);
        addColumn(new ComponentRenderer<>(ChronologyGrid::what)).setHeader("What").setFlexGrow(3);
        addColumn(new ComponentRenderer<>(e -> e.referralId() == null ? new Span()
                : new RouterLink("Referral", ReferralView.class,
                new RouteParameters(ReferralView.REFERRAL_ID, e.referralId())))).setHeader("Record")
                .setAutoWidth(true).setFlexGrow(0);
        setEmptyStateText("Nothing recorded about this child matches.");
        setSizeFull();
    }

    private static Component recorded(ChronologyEntry e) {
        Span recorded = new Span(Formats.dateTime(e.recordedAt()));
        String late = lateBy(e);
        if (late == null) {
            return recorded;
        }
        Span badge = new Span(late);
        badge.getElement().getThemeList().add("badge contrast small");
        return new Div(recorded, new Div(badge));
    }

    private static Component what(ChronologyEntry e) {
        Span what = new Span();
        if (e.key()) {
            Span key = new Span("Key");
            key.getElement().getThemeList().add("badge primary");
            what.add(key, new Span(" "));
        }
        what.add(new Span(e.summary()));
        return what;
    }

    /** "Recorded 5 days later" when an entry was recorded more than a day after it happened. */
    static String lateBy(ChronologyEntry e) {
        if (e.occurredAt() == null || e.recordedAt() == null) {
            return null;
        }
        Duration gap = Duration.between(e.occurredAt(), e.recordedAt());
        if (gap.toHours() < 24) {
            return null;
        }
        long days = gap.toDays();
        return "Recorded " + days + (days == 1 ? " day" : " days") + " later";
    }
}
