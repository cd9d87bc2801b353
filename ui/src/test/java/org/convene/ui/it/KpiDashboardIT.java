package org.convene.ui.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.Page;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.convene.testsupport.Workbooks;
import org.convene.ui.ConveneSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An analyst opens the KPI dashboard from the menu, changes the period and the breakdown, sees
 * the charts' data change and Chart.js draw them, and downloads the CSV, XLSX and PDF exports.
 */
@ConveneSpringTest
@ExtendWith(BrowserExtension.class)
class KpiDashboardIT {

    @Test
    void anAnalystChangesPeriodAndBreakdownSeesTheChartsChangeAndDownloadsEachExport(@SignedInAs("analyst") Page page)
            throws Exception {
        KpiDashboardPage dashboard = new KpiDashboardPage(page).openViaMenu();
        // aggregates only: no records behind the figures for an analyst
        assertThat(page.locator("[id^=drill-]")).hasCount(0);

        String monthly = dashboard.chartConfig("referrals-received");
        assertThat(monthly).contains("\"line\"");
        dashboard.period("Quarter");
        assertThat(page.locator("#kpi-period-label")).containsText("Q");
        assertThat(dashboard.chart("referrals-received")).not().hasAttribute("config", monthly);
        String quarterly = dashboard.chartConfig("referrals-received");

        dashboard.breakdown("Sex");
        assertThat(page.locator("#kpi-period-label")).containsText("by sex");
        assertThat(dashboard.chart("referrals-received")).not().hasAttribute("config", quarterly);
        String bySex = dashboard.chartConfig("referrals-received");
        assertThat(bySex).contains("\"bar\"").contains("Female");
        // Chart.js drew the new data in the browser: its canvas is there, with the text alternative
        assertThat(dashboard.chart("referrals-received")).hasAttribute("data-drawn",
                java.util.regex.Pattern.compile("[1-9][0-9]*"));
        assertThat(dashboard.chart("referrals-received")).hasAttribute("summary",
                java.util.regex.Pattern.compile("by group"));

        byte[] csv = dashboard.export("csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("KPI")).isEqualTo("Referrals received");
            assertThat(r.get("Group")).isEqualTo("Female");
        });

        byte[] xlsx = dashboard.export("xlsx");
        assertThat(Workbooks.text(xlsx)).contains("Referrals received", "Trends");

        byte[] pdf = dashboard.export("pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("KPI report for the QAPP sub-group", "Referrals received",
                    "For wider circulation");
        }
    }
}
