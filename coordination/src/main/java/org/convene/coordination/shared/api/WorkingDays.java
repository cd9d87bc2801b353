package org.convene.coordination.shared.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in England: Monday to Friday, except the bank holidays of England and Wales
 * (the published list in {@code reference/bank-holidays-england-and-wales.csv}).
 *
 * <p>The screening target: a referral received on day D is due for a decision by the end of the
 * first working day after D (received Friday or at the weekend: due by the end of Monday, or of
 * Tuesday when Monday is a bank holiday).
 */
public final class WorkingDays {

    /** {@link TextRules#UK}, the one declaration of the UK's time zone. */
    public static final ZoneId UK = TextRules.UK;
    public static final WorkingDays ENGLAND = load("/reference/bank-holidays-england-and-wales.csv");

    private final Set<LocalDate> bankHolidays;
    private final LocalDate firstKnown;
    private final LocalDate lastKnown;

    public WorkingDays(Set<LocalDate> bankHolidays) {
        TreeSet<LocalDate> sorted = new TreeSet<>(bankHolidays);
        this.bankHolidays = Collections.unmodifiableSet(sorted);
        this.firstKnown = sorted.isEmpty() ? LocalDate.MIN : sorted.first().withDayOfYear(1);
        this.lastKnown = sorted.isEmpty() ? LocalDate.MAX : sorted.last().withMonth(12).withDayOfMonth(31);
    }

    private static WorkingDays load(String resource) {
        try (InputStream in = WorkingDays.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            Set<LocalDate> days = new TreeSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("date")) {
                    continue;
                }
                days.add(LocalDate.parse(line.substring(0, line.indexOf(','))));
            }
            return new WorkingDays(days);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !bankHolidays.contains(day);
    }

    public boolean isBankHoliday(LocalDate day) {
        return bankHolidays.contains(day);
    }

    /** True when the bank-holiday list covers this day's year (outside it, only weekends are known). */
    public boolean covers(LocalDate day) {
        return !day.isBefore(firstKnown) && !day.isAfter(lastKnown);
    }

    /** The n-th working day after {@code day} (n ≥ 1); {@code day} itself never counts. */
    public LocalDate addWorkingDays(LocalDate day, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        LocalDate d = day;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** Working days after {@code from} up to and including {@code to} (0 when {@code to} is not after). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** The last moment a decision meets the 1-working-day target for a referral received then. */
    public Instant screeningDueBy(Instant receivedAt) {
        LocalDate received = LocalDate.ofInstant(receivedAt, UK);
        return addWorkingDays(received, 1).plusDays(1).atStartOfDay(UK).toInstant();
    }

    /** Whether a decision at {@code decidedAt} met the target for a referral received at {@code receivedAt}. */
    public boolean withinOneWorkingDay(Instant receivedAt, Instant decidedAt) {
        return decidedAt.isBefore(screeningDueBy(receivedAt));
    }
}
