package org.convene.ui.it;

import java.nio.file.Files;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The KPI dashboard ({@code /kpi}): period, breakdown, charts and exports. */
final class KpiDashboardPage extends AppPage {

    KpiDashboardPage(Page page) {
        super(page);
    }

    /** Through the menu item, as an analyst finds it. */
    KpiDashboardPage openViaMenu() {
        followMenu(page, "KPI dashboard");
        return waitUntilShown();
    }

    /** Waits for the first chart to be drawn and the page to settle (the view's round trips are over). */
    KpiDashboardPage waitUntilShown() {
        page.locator("h1:has-text('KPI dashboard')").waitFor();
        chart("referrals-received").and(page.locator("[data-drawn]")).waitFor();
        SettledPage.await(page);
        return this;
    }

    /** The chart element of a KPI (id in kebab case, e.g. "referrals-received"). */
    Locator chart(String kpi) {
        return page.locator("#chart-" + kpi);
    }

    /** The chart's data as the server sent it (the Chart.js configuration). */
    String chartConfig(String kpi) {
        return chart(kpi).getAttribute("config");
    }

    String periodLabel() {
        return page.locator("#kpi-period-label").textContent();
    }

    /** "Month", "Quarter", "Year" or "Custom". */
    KpiDashboardPage period(String label) {
        choose("#kpi-period-type", label);
        return this;
    }

    /** "No breakdown", "Source agency", "Locality", "Sex" or "Ethnicity". */
    KpiDashboardPage breakdown(String label) {
        choose("#kpi-breakdown", label);
        return this;
    }

    /** Clicks an export link ("csv", "xlsx" or "pdf") and returns the downloaded file's bytes. */
    byte[] export(String format) throws Exception {
        return Files.readAllBytes(download("#export-" + format));
    }
}
