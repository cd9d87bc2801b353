package org.convene.ui.kpi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;

/**
 * A Chart.js chart (decisions 0008 and 0011): the server sends the labels and series as a Chart.js
 * configuration in the {@code config} attribute, and the element redraws when it changes. The
 * {@code summary} attribute is the chart's text alternative; every chart on the dashboard also
 * has its figures in a table.
 */
@Tag("convene-chart")
public class KpiChart extends Component {

    /** Chart.js from its WebJar (the npm package's files; decision 0011), then the element. */
    static final String CHART_JS = "context://webjars/chart.js/" + "4.4.9" + "/dist/chart.umd.js";
    static final String ELEMENT_JS = "context://charts/convene-chart.js";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Colour-blind-safe palette (Okabe–Ito); colour never carries the status alone. */
    static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#F0E442", "#000000");

    /** A named series of values (null: no value for that label). */
    public record Series(String name, List<Double> values) {
    }

    private boolean wholeNumbers;

    /** Whether the values are counts (the value axis then has whole-number ticks only). */
    public void setWholeNumbers(boolean wholeNumbers) {
        this.wholeNumbers = wholeNumbers;
    }

    public KpiChart() {
        getElement().setAttribute("chart-height", "220px");
        addAttachListener(e -> {
            e.getUI().getPage().addJavaScript(CHART_JS);
            e.getUI().getPage().addJavaScript(ELEMENT_JS);
        });
    }

    /** A line chart of the series over the labels (trends). */
    public void showLine(List<String> labels, List<Series> series, String summary) {
        show("line", labels, series, summary);
    }

    /** A bar chart of the series over the labels (categories, or this period against the previous). */
    public void showBars(List<String> labels, List<Series> series, String summary) {
        show("bar", labels, series, summary);
    }

    private void show(String type, List<String> labels, List<Series> series, String summary) {
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            Map<String, Object> d = new LinkedHashMap<>();
            String colour = PALETTE.get(i % PALETTE.size());
            d.put("label", s.name());
            d.put("data", s.values());
            d.put("borderColor", colour);
            d.put("backgroundColor", colour);
            d.put("spanGaps", true);
            if (i > 0 && "line".equals(type)) {
                d.put("borderDash", List.of(6, 3));
            }
            datasets.add(d);
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", type);
        config.put("data", Map.of("labels", labels, "datasets", datasets));
        // long category names (DfE source descriptions) read better along a horizontal bar chart
        boolean horizontal = "bar".equals(type) && labels.stream().anyMatch(l -> l.length() > 18);
        Map<String, Object> valueAxis = new LinkedHashMap<>();
        valueAxis.put("beginAtZero", true);
        if (wholeNumbers) {
            valueAxis.put("ticks", Map.of("precision", 0));
        }
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("plugins", Map.of("legend", Map.of("display", series.size() > 1)));
        options.put("scales", Map.of(horizontal ? "x" : "y", valueAxis));
        if (horizontal) {
            options.put("indexAxis", "y");
            getElement().setAttribute("chart-height", Math.max(220, 28 * labels.size() + 60) + "px");
        }
        config.put("options", options);
        try {
            getElement().setAttribute("config", JSON.writeValueAsString(config));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        getElement().setAttribute("summary", summary);
        getElement().setAttribute("data-values", series.isEmpty() ? "" : series.get(0).values().toString());
    }

    public String config() {
        return getElement().getAttribute("config");
    }

    public String values() {
        return getElement().getAttribute("data-values");
    }
}
