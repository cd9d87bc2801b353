package org.convene.ui.kpi;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.shared.api.Roles;
import org.convene.query.kpi.api.Breakdown;
import org.convene.query.kpi.api.FindKpiDashboardQuery;
import org.convene.query.kpi.api.FindKpiRecordsQuery;
import org.convene.query.kpi.api.Kpi;
import org.convene.query.kpi.api.KpiDashboard;
import org.convene.query.kpi.api.KpiGroupValue;
import org.convene.query.kpi.api.KpiPeriod;
import org.convene.query.kpi.api.KpiRecord;
import org.convene.query.kpi.api.KpiResult;
import org.convene.query.kpi.api.KpiSection;
import org.convene.query.kpi.api.KpiUnit;
import org.convene.query.kpi.api.KpiValue;
import org.convene.query.kpi.api.PeriodType;
import org.convene.query.kpi.api.Rag;
import org.convene.ui.MainLayout;
import org.convene.ui.security.CurrentUser;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.UserMessages;

/**
 * The QAPP sub-group's KPI dashboard: a period (month, quarter, year or custom) and an optional
 * breakdown; for every KPI this period's figure, the previous period's, the status against its
 * target (in words, not only colour), a chart (the trend over the 12 periods before, or the
 * groups) with its figures in a table, and exports. Roles that may see personal data can open the
 * records behind a figure; the analyst sees aggregates only.
 */
@Route(value = "kpi", layout = MainLayout.class)
@PageTitle("KPI dashboard | Convene")
@RolesAllowed({Roles.ANALYST, Roles.ADMINISTRATOR, Roles.MEETING_CHAIR, Roles.PANEL_CHAIR})
public class KpiDashboardView extends Main {

    public static final List<String> ROLES = List.of(Roles.ANALYST, Roles.ADMINISTRATOR, Roles.MEETING_CHAIR,
            Roles.PANEL_CHAIR);
    /** Roles that may see the records behind a figure (personal data). */
    public static final List<String> DRILL_DOWN_ROLES = List.of(Roles.ADMINISTRATOR, Roles.MEETING_CHAIR,
            Roles.PANEL_CHAIR);

    final Select<PeriodType> periodType = new Select<>();
    final DatePicker day = new DatePicker("Period containing");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To (inclusive)");
    final Select<Breakdown> breakdown = new Select<>();
    final Checkbox wider = new Checkbox("For wider circulation (figures under 5 shown as \"<5\")");
    final Div problem = new Div();
    final Paragraph heading = new Paragraph();
    final Div content = new Div();
    final List<KpiChart> charts = new ArrayList<>();

    private final QueryGateway queries;
    private final boolean drillDown;
    private KpiDashboard dashboard;

    public KpiDashboardView(QueryGateway queries, CurrentUser currentUser) {
        this.queries = queries;
        this.drillDown = currentUser.get().map(u -> DRILL_DOWN_ROLES.stream().anyMatch(u::hasRole)).orElse(false);
        addClassNames(LumoUtility.Padding.MEDIUM);

        periodType.setLabel("Period");
        periodType.setItems(PeriodType.values());
        periodType.setItemLabelGenerator(PeriodType::label);
        periodType.setId("kpi-period-type");
        LocalDate today = Formats.today();
        periodType.setValue(PeriodType.MONTH);
        day.setValue(today);
        day.setLocale(Locale.UK);
        day.setId("kpi-period-day");
        from.setLocale(Locale.UK);
        to.setLocale(Locale.UK);
        from.setId("kpi-from");
        to.setId("kpi-to");
        from.setValue(today.withDayOfMonth(1));
        to.setValue(today);
        breakdown.setLabel("Breakdown");
        breakdown.setItems(Breakdown.values());
        breakdown.setItemLabelGenerator(Breakdown::label);
        breakdown.setValue(Breakdown.NONE);
        breakdown.setId("kpi-breakdown");
        wider.setId("kpi-wider");
        wider.setValue(true);
        problem.setId("kpi-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        heading.setId("kpi-period-label");
        content.setId("kpi-content");

        periodType.addValueChangeListener(e -> {
            showPeriodFields();
            refresh();
        });
        day.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        breakdown.addValueChangeListener(e -> refresh());

        Anchor csv = export("csv", "text/csv;charset=UTF-8", "Download CSV",
                (d, w) -> KpiExports.csv(d, w));
        csv.setId("export-csv");
        Anchor xlsx = export("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "Download XLSX", (d, w) -> KpiExports.xlsx(d, w));
        xlsx.setId("export-xlsx");
        Anchor pdf = export("pdf", "application/pdf", "Download PDF report",
                (d, w) -> KpiExports.pdf(d, w, Formats.today()));
        pdf.setId("export-pdf");
        HorizontalLayout exports = new HorizontalLayout(csv, xlsx, pdf);
        exports.addClassNames(LumoUtility.Gap.LARGE);

        HorizontalLayout controls = new HorizontalLayout(periodType, day, from, to, breakdown);
        controls.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        controls.getStyle().set("flex-wrap", "wrap");
        add(new H1("KPI dashboard"),
                new Paragraph("Multi-agency practice for the QAPP sub-group. Definitions of every figure are in "
                        + "docs/kpis.md; quarters and years are financial (April to March). Status is shown as "
                        + "Red, Amber or Green in words against the targets an administrator sets."),
                controls, wider, exports, problem, heading, content);
        showPeriodFields();
        refresh();
    }

    private void showPeriodFields() {
        boolean custom = periodType.getValue() == PeriodType.CUSTOM;
        day.setVisible(!custom);
        from.setVisible(custom);
        to.setVisible(custom);
    }

    KpiPeriod period() {
        PeriodType type = periodType.getValue() == null ? PeriodType.MONTH : periodType.getValue();
        if (type == PeriodType.CUSTOM) {
            if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
                throw new IllegalArgumentException("Choose a custom period: the start date on or before the end date.");
            }
            return KpiPeriod.custom(from.getValue(), to.getValue());
        }
        return KpiPeriod.of(type, day.getValue() == null ? Formats.today() : day.getValue());
    }

    KpiDashboard dashboard() {
        return dashboard;
    }

    void refresh() {
        try {
            KpiPeriod period = period();
            dashboard = queries.query(new FindKpiDashboardQuery(period, breakdown.getValue()),
                    ResponseTypes.instanceOf(KpiDashboard.class)).join();
            problem.setText("");
        } catch (RuntimeException e) {
            problem.setText(e instanceof IllegalArgumentException ? e.getMessage()
                    : String.join(" ", UserMessages.problems(e)));
            return;
        }
        render();
    }

    private void render() {
        content.removeAll();
        charts.clear();
        KpiDashboard d = dashboard;
        KpiPeriod previous = d.trendPeriods().get(d.trendPeriods().size() - 2);
        heading.setText(d.period().label() + " compared with " + previous.label()
                + (d.breakdown() == Breakdown.NONE ? "" : ", by " + d.breakdown().label().toLowerCase(Locale.UK))
                + ". " + summary(d));
        for (KpiSection section : KpiSection.values()) {
            content.add(new H2(section.label()));
            FlexLayout cards = new FlexLayout();
            cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            cards.getStyle().set("gap", "var(--lumo-space-m)");
            for (KpiResult r : d.results()) {
                if (r.kpi().section() == section) {
                    cards.add(card(d, r));
                }
            }
            content.add(cards);
        }
    }

    private static String summary(KpiDashboard d) {
        long red = d.results().stream().filter(r -> r.status() == Rag.RED).count();
        long amber = d.results().stream().filter(r -> r.status() == Rag.AMBER).count();
        long green = d.results().stream().filter(r -> r.status() == Rag.GREEN).count();
        return "Against targets: " + red + " Red, " + amber + " Amber, " + green + " Green.";
    }

    private Component card(KpiDashboard d, KpiResult r) {
        Kpi kpi = r.kpi();
        String id = kpi.name().toLowerCase(Locale.UK).replace('_', '-');
        Div card = new Div();
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

        KpiChart chart = new KpiChart();
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
        charts.add(chart);
        Details figures = new Details("Figures as a table", table);
        figures.setId("table-" + id);
        card.add(chart, figures);
        if (groups && r.groups().isEmpty()) {
            card.add(new Paragraph(d.breakdown() == Breakdown.SOURCE && kpi.unit() != KpiUnit.DISTRIBUTION
                    ? "Not broken down by source agency (only referrals have one)." : "No records."));
        }
        if (drillDown) {
            Button records = new Button("Show the records", e -> openRecords(d, kpi, null));
            records.setId("drill-" + id);
            records.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            card.add(records);
        }
        return card;
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
                Button records = new Button("Show", e -> openRecords(d, kpi, g.group()));
                records.setId("drill-" + id + "-" + g.group().toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-"));
                records.getElement().setAttribute("aria-label", "Show the records: " + g.label());
                records.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                row.add(new NativeTableCell(records));
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

    /** The records behind a figure: for roles allowed personal data (checked again by the query). */
    void openRecords(KpiDashboard d, Kpi kpi, String group) {
        List<KpiRecord> records;
        try {
            records = queries.query(new FindKpiRecordsQuery(d.period(), kpi, d.breakdown(), group),
                    ResponseTypes.multipleInstancesOf(KpiRecord.class)).join();
        } catch (RuntimeException e) {
            problem.setText(String.join(" ", UserMessages.problems(e)));
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(kpi.label() + ": " + d.period().label());
        dialog.setId("kpi-records");
        Grid<KpiRecord> grid = new Grid<>();
        grid.addComponentColumn(r -> {
            String path = "referral".equals(r.kind()) ? "referrals/" + r.recordId()
                    : "episode".equals(r.kind()) ? "missing/" + r.recordId() : "children/" + r.recordId()
                    + "/chronology";
            return new Anchor(path, r.recordId());
        }).setHeader("Record").setAutoWidth(true);
        grid.addColumn(KpiRecord::childId).setHeader("Child record").setAutoWidth(true);
        grid.addColumn(r -> r.date() == null ? "" : Formats.date(r.date())).setHeader("Date").setAutoWidth(true);
        grid.addColumn(r -> r.counted() ? "Yes" : "No").setHeader("Counted").setAutoWidth(true);
        grid.addColumn(KpiRecord::detail).setHeader("Detail").setFlexGrow(1);
        grid.setItems(records);
        grid.setWidth("60rem");
        dialog.add(new Paragraph(records.size() + " records; \"Counted\" says whether each is in the figure's "
                + "numerator."), grid);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }

    private Anchor export(String extension, String contentType, String label,
                          BiFunction<KpiDashboard, Boolean, byte[]> format) {
        StreamResource resource = new StreamResource("kpi-report." + extension, () -> {
            KpiDashboard d = dashboard;
            byte[] bytes = d == null ? new byte[0] : format.apply(d, wider.getValue());
            return new ByteArrayInputStream(bytes);
        });
        resource.setContentType(contentType);
        Anchor anchor = new Anchor(resource, label);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
