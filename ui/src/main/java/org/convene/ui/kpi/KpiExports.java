package org.convene.ui.kpi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.text.StringEscapeUtils;
import org.convene.query.kpi.api.Kpi;
import org.convene.query.kpi.api.KpiDashboard;
import org.convene.query.kpi.api.KpiGroupValue;
import org.convene.query.kpi.api.KpiPeriod;
import org.convene.query.kpi.api.KpiResult;
import org.convene.query.kpi.api.KpiSection;
import org.convene.query.kpi.api.KpiUnit;
import org.convene.query.kpi.api.KpiValue;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The dashboard as CSV, XLSX and a PDF report for the QAPP meeting. With {@code wider} (for wider
 * circulation) small figures are suppressed as {@link KpiFormat} says, and the files say so.
 */
final class KpiExports {

    static final String WIDER_NOTE = "For wider circulation: counts under 5 are shown as \"<5\"; percentages, "
            + "rates and medians from fewer than 5 records as \"<5 records\".";
    static final String RESTRICTED_NOTE = "Not for wider circulation: contains figures under 5.";
    static final List<String> HEADER = List.of("Section", "KPI", "Group", "Period", "This period", "Previous period",
            "Numerator", "Denominator", "Status", "Target");

    private KpiExports() {
    }

    static String fileName(KpiDashboard d, String extension) {
        return "kpi-report-" + d.period().from() + "-to-" + d.period().to() + "." + extension;
    }

    /** One row per KPI (the total) and per group, as strings. */
    static List<List<String>> rows(KpiDashboard d, boolean wider) {
        List<List<String>> rows = new ArrayList<>();
        for (KpiResult r : d.results()) {
            Kpi kpi = r.kpi();
            rows.add(row(kpi, "All", d.period(), r.current(), r.previous(), wider, KpiFormat.status(r),
                    KpiFormat.target(kpi, r.target())));
            for (KpiGroupValue g : r.groups()) {
                rows.add(row(kpi, g.label(), d.period(), g.current(), g.previous(), wider, "", ""));
            }
        }
        return rows;
    }

    private static List<String> row(Kpi kpi, String group, KpiPeriod period, KpiValue now, KpiValue before,
                                    boolean wider, String status, String target) {
        boolean hidden = KpiFormat.suppressed(kpi, now, wider);
        return List.of(kpi.section().label(), kpi.label(), group, period.label(), KpiFormat.value(kpi, now, wider),
                KpiFormat.value(kpi, before, wider),
                hidden || now == null ? (hidden ? KpiFormat.SMALL_COUNT : "") : Long.toString(now.numerator()),
                denominator(kpi, now, wider), status, target);
    }

    private static String denominator(Kpi kpi, KpiValue v, boolean wider) {
        if (v == null || (kpi.unit() != KpiUnit.PERCENT && kpi.unit() != KpiUnit.RATE_PER_10000)) {
            return "";
        }
        if (kpi.unit() == KpiUnit.PERCENT && wider && v.denominator() < KpiFormat.SMALL) {
            return KpiFormat.SMALL_COUNT;
        }
        return Long.toString(v.denominator());
    }

    static byte[] csv(KpiDashboard d, boolean wider) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(HEADER);
            for (List<String> row : rows(d, wider)) {
                csv.printRecord(row);
            }
            csv.printRecord("Note", wider ? WIDER_NOTE : RESTRICTED_NOTE, "", "", "", "", "", "", "", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(KpiDashboard d, boolean wider) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(bytes, "Convene", "1.0");
            Worksheet ws = wb.newWorksheet("KPIs");
            for (int c = 0; c < HEADER.size(); c++) {
                ws.value(0, c, HEADER.get(c));
                ws.style(0, c).bold().set();
            }
            int row = 1;
            for (KpiResult r : d.results()) {
                row = xlsxRow(ws, row, r.kpi(), "All", d.period(), r.current(), r.previous(), wider,
                        KpiFormat.status(r), KpiFormat.target(r.kpi(), r.target()));
                for (KpiGroupValue g : r.groups()) {
                    row = xlsxRow(ws, row, r.kpi(), g.label(), d.period(), g.current(), g.previous(), wider, "", "");
                }
            }
            ws.value(row + 1, 0, wider ? WIDER_NOTE : RESTRICTED_NOTE);
            Worksheet trend = wb.newWorksheet("Trends");
            trend.value(0, 0, "KPI");
            for (int i = 0; i < d.trendPeriods().size(); i++) {
                trend.value(0, i + 1, d.trendPeriods().get(i).shortLabel());
            }
            int t = 1;
            for (KpiResult r : d.results()) {
                if (r.kpi().unit() == KpiUnit.DISTRIBUTION) {
                    continue;
                }
                trend.value(t, 0, r.kpi().label());
                for (int i = 0; i < r.trend().size(); i++) {
                    cell(trend, t, i + 1, r.kpi(), r.trend().get(i), wider);
                }
                t++;
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static int xlsxRow(Worksheet ws, int row, Kpi kpi, String group, KpiPeriod period, KpiValue now,
                               KpiValue before, boolean wider, String status, String target) {
        ws.value(row, 0, kpi.section().label());
        ws.value(row, 1, kpi.label());
        ws.value(row, 2, group);
        ws.value(row, 3, period.label());
        cell(ws, row, 4, kpi, now, wider);
        cell(ws, row, 5, kpi, before, wider);
        if (now != null) {
            if (KpiFormat.suppressed(kpi, now, wider)) {
                ws.value(row, 6, KpiFormat.SMALL_COUNT);
            } else {
                ws.value(row, 6, now.numerator());
            }
            String den = denominator(kpi, now, wider);
            if (!den.isEmpty()) {
                if (den.equals(KpiFormat.SMALL_COUNT)) {
                    ws.value(row, 7, den);
                } else {
                    ws.value(row, 7, Long.parseLong(den));
                }
            }
        }
        ws.value(row, 8, status);
        ws.value(row, 9, target);
        return row + 1;
    }

    private static void cell(Worksheet ws, int row, int col, Kpi kpi, KpiValue v, boolean wider) {
        Double n = KpiFormat.number(kpi, v, wider);
        if (n != null) {
            ws.value(row, col, n);
        } else {
            ws.value(row, col, KpiFormat.value(kpi, v, wider));
        }
    }

    static byte[] pdf(KpiDashboard d, boolean wider, LocalDate today) {
        StringBuilder h = new StringBuilder();
        h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head>")
                .append("<title>KPI report</title><style>")
                .append("@page { size: A4 landscape; margin: 15mm; @bottom-right { content: 'Page ' counter(page) "
                        + "' of ' counter(pages); font-size: 8pt; } }")
                .append("body { font-family: sans-serif; font-size: 9pt; } h1 { font-size: 16pt; } ")
                .append("h2 { font-size: 12pt; margin-top: 14pt; } table { border-collapse: collapse; width: 100%; } ")
                .append("th, td { border: 0.5pt solid #888; padding: 2pt 4pt; text-align: left; } ")
                .append("thead { display: table-header-group; } tr { page-break-inside: avoid; } ")
                .append(".bar { display: inline-block; background: #0072B2; width: 5pt; vertical-align: bottom; "
                        + "margin-right: 1pt; } ")
                .append(".note { font-style: italic; }")
                .append("</style></head><body>");
        h.append("<h1>KPI report for the QAPP sub-group</h1>");
        h.append("<p>Period: <b>").append(esc(d.period().label())).append("</b> (").append(d.period().from())
                .append(" to ").append(d.period().to()).append("). Compared with the previous period: ")
                .append(esc(d.trendPeriods().get(d.trendPeriods().size() - 2).label())).append(". Produced ")
                .append(today).append(" by Convene. Definitions: docs/kpis.md.</p>");
        h.append("<p class=\"note\">").append(esc(wider ? WIDER_NOTE : RESTRICTED_NOTE)).append("</p>");
        for (KpiSection section : KpiSection.values()) {
            h.append("<h2>").append(esc(section.label())).append("</h2>");
            h.append("<table><thead><tr><th>KPI</th><th>This period</th><th>Previous period</th><th>Basis</th>")
                    .append("<th>Status</th><th>Target</th><th>Trend (12 periods before, then this)</th>")
                    .append("</tr></thead><tbody>");
            for (KpiResult r : d.results()) {
                if (r.kpi().section() != section) {
                    continue;
                }
                h.append("<tr><td>").append(esc(r.kpi().label())).append("</td><td>")
                        .append(esc(KpiFormat.value(r.kpi(), r.current(), wider))).append("</td><td>")
                        .append(esc(KpiFormat.value(r.kpi(), r.previous(), wider))).append("</td><td>")
                        .append(esc(KpiFormat.basis(r.kpi(), r.current(), wider))).append("</td><td>")
                        .append(esc(KpiFormat.status(r))).append("</td><td>")
                        .append(esc(KpiFormat.target(r.kpi(), r.target()))).append("</td><td>")
                        .append(trendBars(r, wider)).append("</td></tr>");
                for (KpiGroupValue g : r.groups()) {
                    h.append("<tr><td>&#160;&#160;").append(esc(g.label())).append("</td><td>")
                            .append(esc(KpiFormat.value(r.kpi(), g.current(), wider))).append("</td><td>")
                            .append(esc(KpiFormat.value(r.kpi(), g.previous(), wider)))
                            .append("</td><td>").append(esc(KpiFormat.basis(r.kpi(), g.current(), wider)))
                            .append("</td><td></td><td></td><td></td></tr>");
                }
            }
            h.append("</tbody></table>");
        }
        h.append("</body></html>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(h.toString(), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A small column per trend period, oldest first (a suppressed or empty figure draws a flat one). */
    private static String trendBars(KpiResult r, boolean wider) {
        if (r.kpi().unit() == KpiUnit.DISTRIBUTION) {
            return "";
        }
        double max = r.trend().stream().map(v -> KpiFormat.number(r.kpi(), v, wider)).filter(x -> x != null)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        StringBuilder s = new StringBuilder();
        for (KpiValue v : r.trend()) {
            Double n = KpiFormat.number(r.kpi(), v, wider);
            int height = n == null || max <= 0 ? 0 : (int) Math.round(16 * n / max);
            s.append("<span class=\"bar\" style=\"height: ").append(Math.max(height, 1)).append("pt\"></span>");
        }
        return s.toString();
    }

    private static String esc(String s) {
        return StringEscapeUtils.escapeXml10(s == null ? "" : s);
    }
}
