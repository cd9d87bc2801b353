package org.convene.ui.referral;

import static org.convene.ui.shared.Badges.badge;

import java.util.Map;

import org.convene.query.referral.api.ActionView;
import org.convene.ui.shared.AgencyNames;
import org.convene.ui.shared.Formats;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/** The actions agreed for a referral: what, who owns it, when it is due, how it ended. */
class ReferralActions extends Grid<ActionView> {

    ReferralActions(Map<String, String> agencyNames) {
        super(ActionView.class, false);
        setId("referral-actions");
        setAriaLabel("Actions agreed for this referral");
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(ActionView::description).setHeader("What").setFlexGrow(2);
        addColumn(a -> AgencyNames.name(agencyNames, a.ownerAgencyId())).setHeader("Owner");
        addColumn(a -> Formats.date(a.dueDate())).setHeader("Due").setAutoWidth(true);
        addColumn(new ComponentRenderer<>(a -> a.done() ? badge("Done", "badge success")
                : a.overdue(Formats.today()) ? badge("Overdue", "badge error") : badge("Open", "badge")))
                .setHeader("Status").setAutoWidth(true);
        addColumn(a -> a.done() ? (a.outcome() == null ? "" : a.outcome()) + " (" + a.completedBy() + ", "
                + Formats.dateTime(a.completedAt()) + ")" : "").setHeader("Outcome").setFlexGrow(2);
    }
}
