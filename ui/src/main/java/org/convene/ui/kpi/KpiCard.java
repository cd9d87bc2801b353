package org.convene.ui.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.convene.query.kpi.api.Breakdown;
import org.convene.query.kpi.api.Kpi;
import org.convene.query.kpi.api.KpiDashboard;
import org.convene.query.kpi.api.KpiGroupValue;
import org.convene.query.kpi.api.KpiResult;
import org.convene.query.kpi.api.KpiUnit;
import org.convene.query.kpi.api.KpiValue;
import org.convene.query.kpi.api.Rag;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * One KPI on the dashboard: this period's figure, the previous period's, the status against its
 * target (in words, not only colour), a chart (the trend over the 12 periods before, or the groups)
 * with its figures in a table and, for roles that may see personal data, the records behind it.
 */
class KpiCard extends Div {

    /** Opens the records behind a figure (a group's, or with no group the whole figure's). */
    interface RecordsOpener {
        void open(KpiDashboard dashboard, Kpi kpi, String group);
    }

    final KpiChart chart;
    private final boolean drillDown;
    private final RecordsOpener records;

    KpiCard(KpiDashboard d, KpiResult r, boolean drillDown, RecordsOpener records) {
        this.drillDown = drillDown;
        this.records = records;
        Kpi kpi = r.kpi();
        String id = kpi.name().toLowerCase(Locale.UK).replace('_', '-');
        Div card = this;
        card.setId("kpi-" + id);
        card.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10);
        card.setWidth("30rem");
        card.getStyle().set("max-width", "100%");
        H3 title = new H3(kpi.label());
        Span figure = new Span(KpiFormat.value(kpi, r.current(), false));
        figure.setId("value-" + id);
        figure.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.FontWeight.BOLD);
        String basis = KpiFormat.basis(kpi, r.current(), false);
        Span prev = new Span((basis.isEmpty() ? "" : basis + ". ") + "Previous period: "
                + KpiFormat.value(kpi, r.previous(), false));
        prev.addClassNames(LumoUtility.TextColor.SECONDARY);
        Div text = new Div(figure, new Div(prev));
        if (kpi.direction() != Kpi.Direction.NEUTRAL) {
            Span status = new Span("Status: " + (r.status() == Rag.NONE ? "no target" : r.status().label())
                    + (r.target() == null ? "" : " (" + KpiFormat.target(kpi, r.target()) + ")"));
            status.setId("status-" + id);
            status.getElement().getThemeList().add("badge " + switch (r.status()) {
                case RED -> "error";
                case AMBER -> "contrast";
                case GREEN -> "success";
                case NONE -> "";
            });
            text.add(new Div(status));
        }
        card.add(title, text);

        chart = new KpiChart();
        chart.setId("chart-" + id);
        chart.setWholeNumbers(kpi.isCount() || kpi.unit() == KpiUnit.RATE_PER_10000 && !r.groups().isEmpty());
        List<String> labels = new ArrayList<>();
        List<KpiChart.Series> series = new ArrayList<>();
        NativeTable table;
        boolean groups = kpi.unit() == KpiUnit.DISTRIBUTION || !r.groups().isEmpty();
        if (groups) {
            List<Double> now = new ArrayList<>();
            List<Double> before = new ArrayList<>();
            for (KpiGroupValue g : r.groups()) {
                labels.add(g.label());
                now.add(chartValue(kpi, g.current()));
                before.add(chartValue(kpi, g.previous()));
            }
            series.add(new KpiChart.Series(d.period().shortLabel(), now));
            series.add(new KpiChart.Series("Previous: " + d.trendPeriods().get(d.trendPeriods().size() - 2)
                    .shortLabel(), before));
            chart.showBars(labels, series, kpi.label() + " by group, this period and the previous: "
                    + describe(labels, now));
            table = groupTable(d, kpi, r);
        } else {
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < d.trendPeriods().size(); i++) {
                labels.add(d.trendPeriods().get(i).shortLabel());
                values.add(chartValue(kpi, r.trend().get(i)));
            }
            series.add(new KpiChart.Series(kpi.label(), values));
            if (r.target() != null) {
                series.add(new KpiChart.Series("Target (Green)",
                        values.stream().map(v -> r.target().green()).toList()));
            }
            chart.showLine(labels, series, kpi.label() + ", trend over 13 periods: " + describe(labels, values));
            table = trendTable(kpi, d, r);
        }
        Details figures = new Details("Figures as a table", table);
        figures.setId("table-" + id);
        card.add(chart, figures);
        if (groups && r.groups().isEmpty()) {
            card.add(new Paragraph(d.breakdown() == Breakdown.SOURCE && kpi.unit() != KpiUnit.DISTRIBUTION
                    ? "Not broken down by source agency (only referrals have one)." : "No records."));
        }
        if (drillDown) {
            Button show = new Button("Show the records", e -> records.open(d, kpi, null));
            show.setId("drill-" + id);
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            card.add(show);
        }
    }

    private static Double chartValue(Kpi kpi, KpiValue v) {
        if (v == null) {
            return null;
        }
        if (kpi.isCount() || v.value() == null && kpi.unit() == KpiUnit.RATE_PER_10000) {
            return (double) v.numerator();
        }
        return v.value();
    }

    private static String describe(List<String> labels, List<Double> values) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Double v = values.get(i);
            parts.add(labels.get(i) + " " + (v == null ? "none" : KpiFormat.trim(v)));
        }
        return String.join("; ", parts);
    }

    private NativeTable trendTable(Kpi kpi, KpiDashboard d, KpiResult r) {
        NativeTable table = new NativeTable();
        table.add(header("Period", "Figure"));
        NativeTableBody body = new NativeTableBody();
        for (int i = d.trendPeriods().size() - 1; i >= 0; i--) {
            body.add(row(d.trendPeriods().get(i).label(), KpiFormat.value(kpi, r.trend().get(i), false)
                    + suffix(KpiFormat.basis(kpi, r.trend().get(i), false))));
        }
        table.add(body);
        return table;
    }

    private NativeTable groupTable(KpiDashboard d, Kpi kpi, KpiResult r) {
        NativeTable table = new NativeTable();
        List<String> names = new ArrayList<>(List.of(kpi.unit() == KpiUnit.DISTRIBUTION ? "Category" : "Group",
                "This period", "Previous period"));
        if (drillDown) {
            names.add("Records");
        }
        table.add(header(names.toArray(String[]::new)));
        NativeTableBody body = new NativeTableBody();
        String id = kpi.name().toLowerCase(Locale.UK).replace('_', '-');
        for (KpiGroupValue g : r.groups()) {
            NativeTableRow row = row(g.label(), KpiFormat.value(kpi, g.current(), false)
                    + suffix(KpiFormat.basis(kpi, g.current(), false)), KpiFormat.value(kpi, g.previous(), false));
            if (drillDown) {
                Button show = new Button("Show", e -> records.open(d, kpi, g.group()));
                show.setId("drill-" + id + "-" + g.group().toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-"));
                show.getElement().setAttribute("aria-label", "Show the records: " + g.label());
                show.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                row.add(new NativeTableCell(show));
            }
            body.add(row);
        }
        table.add(body);
        return table;
    }

    private static String suffix(String basis) {
        return basis.isEmpty() ? "" : " (" + basis + ")";
    }

    private static NativeTableHeader header(String... names) {
        NativeTableRow row = new NativeTableRow();
        for (String n : names) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(n);
            cell.getElement().setAttribute("scope", "col");
            row.add(cell);
        }
        return new NativeTableHeader(row);
    }

    private static NativeTableRow row(String... cells) {
        NativeTableRow row = new NativeTableRow();
        for (String c : cells) {
            row.add(new NativeTableCell(c));
        }
        return row;
    }

}
