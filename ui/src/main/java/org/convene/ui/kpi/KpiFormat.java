package org.convene.ui.kpi;

import java.util.Locale;

import org.convene.query.kpi.api.Kpi;
import org.convene.query.kpi.api.KpiResult;
import org.convene.query.kpi.api.KpiTarget;
import org.convene.query.kpi.api.KpiUnit;
import org.convene.query.kpi.api.KpiValue;
import org.convene.query.kpi.api.Rag;

/**
 * How figures are written on the dashboard and in exports. For wider circulation, a count under 5
 * is written "&lt;5", and a percentage, rate or median computed from fewer than 5 records is
 * written "&lt;5 records" (docs/kpis.md, "Small numbers").
 */
final class KpiFormat {

    static final int SMALL = 5;
    static final String SMALL_COUNT = "<5";
    static final String SMALL_BASE = "<5 records";

    private KpiFormat() {
    }

    /** Whether the figure must be hidden in an export for wider circulation. */
    static boolean suppressed(Kpi kpi, KpiValue v, boolean wider) {
        if (!wider || v == null) {
            return false;
        }
        return switch (kpi.unit()) {
            case COUNT, DISTRIBUTION -> v.numerator() < SMALL;
            case PERCENT -> v.numerator() < SMALL || v.denominator() < SMALL;
            case RATE_PER_10000, HOURS, DAYS -> v.numerator() < SMALL;
        };
    }

    static String value(Kpi kpi, KpiValue v, boolean wider) {
        if (v == null) {
            return "–";
        }
        if (suppressed(kpi, v, wider)) {
            return kpi.isCount() ? SMALL_COUNT : SMALL_BASE;
        }
        if (kpi.isCount()) {
            return Long.toString(v.numerator());
        }
        if (v.value() == null) {
            return kpi.unit() == KpiUnit.RATE_PER_10000 ? v.numerator() + " children" : "–";
        }
        return switch (kpi.unit()) {
            case PERCENT -> String.format(Locale.UK, "%.1f%%", v.value());
            case RATE_PER_10000 -> String.format(Locale.UK, "%.1f", v.value());
            case HOURS -> String.format(Locale.UK, "%.1f h", v.value());
            case DAYS -> String.format(Locale.UK, "%.1f days", v.value());
            default -> Long.toString(v.numerator());
        };
    }

    /** The numerator and denominator in words ("3 of 5"), when the figure is a percentage. */
    static String basis(Kpi kpi, KpiValue v, boolean wider) {
        if (v == null || kpi.unit() != KpiUnit.PERCENT) {
            return "";
        }
        if (suppressed(kpi, v, wider)) {
            return "";
        }
        return v.numerator() + " of " + v.denominator();
    }

    /** The number as a spreadsheet cell (null when suppressed or not computable). */
    static Double number(Kpi kpi, KpiValue v, boolean wider) {
        if (v == null || suppressed(kpi, v, wider)) {
            return null;
        }
        return kpi.isCount() ? Double.valueOf(v.numerator()) : v.value();
    }

    static String status(KpiResult r) {
        if (r.status() == Rag.NONE) {
            return r.kpi().direction() == Kpi.Direction.NEUTRAL ? "" : "No target";
        }
        return r.status().label();
    }

    static String target(Kpi kpi, KpiTarget t) {
        if (t == null) {
            return "";
        }
        String unit = switch (kpi.unit()) {
            case PERCENT -> "%";
            case HOURS -> " h";
            case DAYS -> " days";
            default -> "";
        };
        String better = kpi.direction() == Kpi.Direction.LOWER_IS_BETTER ? "at most " : "at least ";
        return "Green " + better + trim(t.green()) + unit + ", Amber " + better + trim(t.amber()) + unit;
    }

    static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
