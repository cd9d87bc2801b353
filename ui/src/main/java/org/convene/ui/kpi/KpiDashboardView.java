package org.convene.ui.kpi;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
import org.convene.query.kpi.api.KpiPeriod;
import org.convene.query.kpi.api.KpiRecord;
import org.convene.query.kpi.api.KpiResult;
import org.convene.query.kpi.api.KpiSection;
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

    /** Roles that may see the records behind a figure (personal data). */
    public static final List<String> DRILL_DOWN_ROLES = List.of(Roles.ADMINISTRATOR, Roles.MEETING_CHAIR,
            Roles.PANEL_CHAIR);

    final KpiSelector selector = new KpiSelector();
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
        wider.setId("kpi-wider");
        wider.setValue(true);
        problem.setId("kpi-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        heading.setId("kpi-period-label");
        content.setId("kpi-content");
        selector.addValueChangeListener(e -> refresh(e.getValue()));

        HorizontalLayout exports = new HorizontalLayout(
                export("csv", "text/csv;charset=UTF-8", "Download CSV", KpiExports::csv),
                export("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Download XLSX",
                        KpiExports::xlsx),
                export("pdf", "application/pdf", "Download PDF report", (d, w) -> KpiExports.pdf(d, w, Formats.today())));
        exports.addClassNames(LumoUtility.Gap.LARGE);
        add(new H1("KPI dashboard"),
                new Paragraph("Multi-agency practice for the QAPP sub-group. Definitions of every figure are in "
                        + "docs/kpis.md; quarters and years are financial (April to March). Status is shown as "
                        + "Red, Amber or Green in words against the targets an administrator sets."),
                selector, wider, exports, problem, heading, content);
        refresh(selector.getValue());
    }

    KpiDashboard dashboard() {
        return dashboard;
    }

    void refresh(KpiSelector.Selection selection) {
        try {
            dashboard = queries.query(new FindKpiDashboardQuery(selection.period(), selection.breakdown()),
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
                    KpiCard card = new KpiCard(d, r, drillDown, this::openRecords);
                    charts.add(card.chart);
                    cards.add(card);
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

    /** The records behind a figure: for roles allowed personal data (checked again by the query). */
    void openRecords(KpiDashboard d, Kpi kpi, String group) {
        try {
            new KpiRecordsDialog(kpi.label() + ": " + d.period().label(), queries.query(
                    new FindKpiRecordsQuery(d.period(), kpi, d.breakdown(), group),
                    ResponseTypes.multipleInstancesOf(KpiRecord.class)).join()).open();
        } catch (RuntimeException e) {
            problem.setText(String.join(" ", UserMessages.problems(e)));
        }
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
        anchor.setId("export-" + extension);
        return anchor;
    }
}
