package org.convene.query.kpi.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A reporting period: UK calendar dates, both inclusive. Months are calendar months; quarters and
 * years are financial (Q1 = April to June; the year 1 April to 31 March). A custom period's
 * previous period is the same number of days immediately before it.
 */
public record KpiPeriod(PeriodType type, LocalDate from, LocalDate to) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    public KpiPeriod {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
    }

    public static KpiPeriod month(YearMonth month) {
        return new KpiPeriod(PeriodType.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    /** The financial quarter containing {@code day}. */
    public static KpiPeriod quarter(LocalDate day) {
        int offset = (day.getMonthValue() + 8) % 12;  // months since April: April 0 … March 11
        YearMonth start = YearMonth.from(day).minusMonths(offset % 3);
        return new KpiPeriod(PeriodType.QUARTER, start.atDay(1), start.plusMonths(2).atEndOfMonth());
    }

    /** The financial year (1 April to 31 March) containing {@code day}. */
    public static KpiPeriod year(LocalDate day) {
        int startYear = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        LocalDate start = LocalDate.of(startYear, 4, 1);
        return new KpiPeriod(PeriodType.YEAR, start, start.plusYears(1).minusDays(1));
    }

    public static KpiPeriod custom(LocalDate from, LocalDate to) {
        return new KpiPeriod(PeriodType.CUSTOM, from, to);
    }

    /** The period of the same type containing {@code day} (a custom period is kept as it is). */
    public static KpiPeriod of(PeriodType type, LocalDate day) {
        return switch (type) {
            case MONTH -> month(YearMonth.from(day));
            case QUARTER -> quarter(day);
            case YEAR -> year(day);
            case CUSTOM -> custom(day, day);
        };
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    public KpiPeriod previous() {
        return switch (type) {
            case MONTH -> month(YearMonth.from(from).minusMonths(1));
            case QUARTER -> quarter(from.minusMonths(3));
            case YEAR -> year(from.minusYears(1));
            case CUSTOM -> custom(from.minusDays(days()), from.minusDays(1));
        };
    }

    /** This period and the {@code count} before it, oldest first (this period last). */
    public List<KpiPeriod> withPrevious(int count) {
        List<KpiPeriod> periods = new ArrayList<>();
        KpiPeriod p = this;
        periods.add(p);
        for (int i = 0; i < count; i++) {
            p = p.previous();
            periods.add(0, p);
        }
        return periods;
    }

    public String label() {
        return switch (type) {
            case MONTH -> MONTH.format(from);
            case QUARTER -> "Q" + (((from.getMonthValue() + 8) % 12) / 3 + 1) + " " + financialYear(from)
                    + " (" + MONTH.format(from) + " – " + MONTH.format(to) + ")";
            case YEAR -> financialYear(from);
            case CUSTOM -> DAY.format(from) + " – " + DAY.format(to);
        };
    }

    /** A short label for chart axes. */
    public String shortLabel() {
        return switch (type) {
            case MONTH -> MONTH.format(from);
            case QUARTER -> "Q" + (((from.getMonthValue() + 8) % 12) / 3 + 1) + " " + financialYear(from);
            case YEAR -> financialYear(from);
            case CUSTOM -> DateTimeFormatter.ofPattern("d MMM yy", Locale.UK).format(from);
        };
    }

    private static String financialYear(LocalDate day) {
        int startYear = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }
}
