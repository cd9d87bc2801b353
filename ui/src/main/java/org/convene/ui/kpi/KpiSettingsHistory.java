package org.convene.ui.kpi;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.query.kpi.api.FindKpiSettingsHistoryQuery;
import org.convene.query.kpi.api.KpiSettingsChange;
import org.convene.ui.shared.AgencyNames;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.LiveQuery;

/** Who changed the KPI settings, what from what to what, and when: newest first, kept live. */
class KpiSettingsHistory extends Section {

    static final int SHOWN = 200;

    final Grid<KpiSettingsChange> grid = new Grid<>();
    private final QueryGateway queries;

    KpiSettingsHistory(QueryGateway queries, Map<String, String> agencies) {
        this.queries = queries;
        grid.setId("kpi-settings-history");
        grid.addColumn(c -> Formats.dateTime(c.at())).setHeader("When").setAutoWidth(true);
        grid.addColumn(c -> c.userId() + " (" + AgencyNames.name(agencies, c.agencyId()) + ")").setHeader("Who")
                .setAutoWidth(true);
        grid.addColumn(KpiSettingsChange::what).setHeader("What").setAutoWidth(true);
        grid.addColumn(KpiSettingsChange::from).setHeader("From");
        grid.addColumn(KpiSettingsChange::to).setHeader("To");
        grid.setAllRowsVisible(true);
        add(new H2("History of changes"), grid);
        LiveQuery.of(queries, new FindKpiSettingsHistoryQuery(SHOWN),
                        ResponseTypes.multipleInstancesOf(KpiSettingsChange.class),
                        ResponseTypes.instanceOf(KpiSettingsChange.class))
                .bind(this, grid::setItems, change -> reload());
    }

    /** Reads the history again (a change's events arrive one by one: the list is read whole each time). */
    void reload() {
        grid.setItems(queries.query(new FindKpiSettingsHistoryQuery(SHOWN),
                ResponseTypes.multipleInstancesOf(KpiSettingsChange.class)).join());
    }

    List<KpiSettingsChange> shown() {
        return grid.getGenericDataView().getItems().toList();
    }
}
