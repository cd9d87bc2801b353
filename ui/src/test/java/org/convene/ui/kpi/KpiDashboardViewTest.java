package org.convene.ui.kpi;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.convene.query.kpi.api.Breakdown;
import org.convene.query.kpi.api.Kpi;
import org.convene.query.kpi.api.PeriodType;
import org.convene.ui.KaribuViewTestBase;
import org.junit.jupiter.api.Test;

/** The KPI dashboard and the targets screen, browser-less, on the demo month. */
class KpiDashboardViewTest extends KaribuViewTestBase {

    private KpiDashboardView open(String user) {
        loginAs(user);
        UI.getCurrent().navigate(KpiDashboardView.class);
        return _get(KpiDashboardView.class);
    }

    @Test
    void anAnalystSeesEveryKpiWithAChartAndATableButNoRecords() {
        KpiDashboardView view = open("analyst");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("KPI dashboard")
                .doesNotContain("KPI targets");
        assertThat(view.charts).hasSize(Kpi.values().length);
        assertThat(view.charts).allSatisfy(c -> assertThat(c.config()).contains("\"datasets\""));
        assertThat(_find(Button.class)).extracting(Button::getText).doesNotContain("Show the records");

        String before = view.charts.get(0).config();
        view.selector.periodType.setValue(PeriodType.YEAR);
        assertThat(view.heading.getText()).contains("/");
        view.selector.breakdown.setValue(Breakdown.SEX);
        assertThat(view.charts.get(0).config()).isNotEqualTo(before).contains("\"bar\"");
        assertThat(view.heading.getText()).contains("by sex");
    }

    @Test
    void exportsReadBackWithTheDashboardsFigures() throws Exception {
        KpiDashboardView view = open("analyst");
        view.selector.periodType.setValue(PeriodType.QUARTER);
        var d = view.dashboard();
        long received = d.result(Kpi.REFERRALS_RECEIVED).current().numerator();

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(KpiExports.csv(d, false), java.nio.charset.StandardCharsets.UTF_8)))
                .getRecords();
        CSVRecord total = rows.stream().filter(r -> r.get("KPI").equals(Kpi.REFERRALS_RECEIVED.label())
                && r.get("Group").equals("All")).findFirst().orElseThrow();
        assertThat(total.get("This period")).isEqualTo(Long.toString(received));

        String sheet = org.convene.testsupport.Workbooks.text(KpiExports.xlsx(d, false));
        assertThat(sheet).contains(Kpi.SCREENED_WITHIN_ONE_WORKING_DAY.label() .substring(0, 10));

        try (PDDocument pdf = Loader.loadPDF(KpiExports.pdf(d, true, java.time.LocalDate.of(2026, 11, 23)))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("KPI report for the QAPP sub-group", d.period().label(),
                    "For wider circulation", Kpi.RE_REFERRAL_RATE.label());
        }
    }

    @Test
    void anAdministratorOpensTheRecordsBehindAFigure() {
        KpiDashboardView view = open("admin");
        view.selector.periodType.setValue(PeriodType.QUARTER);
        long received = view.dashboard().result(Kpi.REFERRALS_RECEIVED).current().numerator();
        Button records = _find(Button.class).stream().filter(b -> "drill-referrals-received".equals(
                b.getId().orElse(null))).findFirst().orElseThrow();
        records.click();
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).contains(Kpi.REFERRALS_RECEIVED.label());
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText(received
                + " records; \"Counted\" says whether each is in the figure's numerator."))).isNotNull();
        dialog.close();
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();

        // one category of a distribution: the police referrals (DfE source 6)
        long police = view.dashboard().result(Kpi.REFERRALS_BY_SOURCE).groups().stream()
                .filter(g -> g.group().equals("6")).findFirst().orElseThrow().current().numerator();
        _find(Button.class).stream().filter(b -> "drill-referrals-by-source-6".equals(b.getId().orElse(null)))
                .findFirst().orElseThrow().click();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText(police
                + " records; \"Counted\" says whether each is in the figure's numerator."))).isNotNull();
    }

    @Test
    void onlyAnAdministratorSetsTargetsAndTheStatusFollows() {
        loginAs("analyst");
        UI.getCurrent().navigate(KpiSettingsView.class);
        assertThatThrownBy(() -> _get(KpiSettingsView.class))
                .hasMessageContaining("Access is denied by annotations on the view");

        loginAs("admin");
        UI.getCurrent().navigate(KpiSettingsView.class);
        KpiSettingsView settings = _get(KpiSettingsView.class);
        // a target nobody can miss: 0% or more of referrals decided within a working day is Green
        settings.targets.get(Kpi.SCREENED_WITHIN_ONE_WORKING_DAY)[0].setValue(0.0);
        settings.targets.get(Kpi.SCREENED_WITHIN_ONE_WORKING_DAY)[1].setValue(0.0);
        settings.save();
        assertThat(settings.message.getText()).startsWith("Saved.");

        UI.getCurrent().navigate(KpiDashboardView.class);
        KpiDashboardView view = _get(KpiDashboardView.class);
        view.selector.periodType.setValue(PeriodType.QUARTER);
        // the settings in force are a projection of the change's events: the dashboard follows within moments
        assertThat(eventually(java.time.Duration.ofMinutes(1), () -> {
            view.selector.periodType.setValue(PeriodType.MONTH);
            view.selector.periodType.setValue(PeriodType.QUARTER);
            return "Green".equals(view.dashboard().result(Kpi.SCREENED_WITHIN_ONE_WORKING_DAY).status().label());
        })).isTrue();

        // put the defaults back for the other tests
        settings.targets.get(Kpi.SCREENED_WITHIN_ONE_WORKING_DAY)[0].setValue(95.0);
        settings.targets.get(Kpi.SCREENED_WITHIN_ONE_WORKING_DAY)[1].setValue(85.0);
        settings.save();
        assertThat(settings.message.getText()).startsWith("Saved.");
    }
}
