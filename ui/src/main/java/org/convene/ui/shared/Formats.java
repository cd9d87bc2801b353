package org.convene.ui.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How dates, times, ages and waits are written on screen: UK time, plain words. */
public final class Formats {

    /** {@link org.convene.coordination.shared.api.TextRules#UK}, the one declaration of the UK's time zone. */
    public static final ZoneId UK = org.convene.coordination.shared.api.TextRules.UK;
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Formats() {
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(UK));
    }

    /**
     * A deadline that falls at midnight, written as the end of the day before: "end of Mon 23 Nov 2026",
     * or "end of today" / "end of tomorrow".
     */
    public static String endOfDayDeadline(Instant deadline) {
        if (deadline == null) {
            return "";
        }
        LocalDate day = deadline.minusNanos(1).atZone(UK).toLocalDate();
        LocalDate today = today();
        if (day.equals(today)) {
            return "end of today";
        }
        if (day.equals(today.plusDays(1))) {
            return "end of tomorrow";
        }
        return "end of " + DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK).format(day);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static LocalDate today() {
        return LocalDate.now(UK);
    }

    /** The UK wall-clock time now, to the minute: what a date-time picker starts at. */
    public static LocalDateTime nowToTheMinute() {
        return LocalDateTime.now(UK).truncatedTo(ChronoUnit.MINUTES);
    }

    /** A UK wall-clock time picked on screen as an instant (null stays null). */
    public static Instant instant(LocalDateTime ukTime) {
        return ukTime == null ? null : ukTime.atZone(UK).toInstant();
    }

    /** What was typed, trimmed; nothing when only spaces were typed. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** "3 h", "1 day 2 h", "25 min": how long ago something happened. */
    public static String elapsed(Instant from, Instant now) {
        Duration d = Duration.between(from, now);
        if (d.isNegative()) {
            d = Duration.ZERO;
        }
        long days = d.toDays();
        long hours = d.toHoursPart();
        if (days > 0) {
            return days + (days == 1 ? " day" : " days") + (hours > 0 ? " " + hours + " h" : "");
        }
        if (hours > 0) {
            return hours + " h";
        }
        return d.toMinutesPart() + " min";
    }

    /** A child's age: "4 years", "7 months", "unborn (due 3 Mar 2027)", "age not known". */
    public static String age(LocalDate dateOfBirth, boolean expected, LocalDate today) {
        if (dateOfBirth == null) {
            return "age not known";
        }
        if (expected || dateOfBirth.isAfter(today)) {
            return "unborn (due " + date(dateOfBirth) + ")";
        }
        Period p = Period.between(dateOfBirth, today);
        if (p.getYears() >= 2) {
            return p.getYears() + " years";
        }
        int months = p.getYears() * 12 + p.getMonths();
        if (months >= 1) {
            return months + (months == 1 ? " month" : " months");
        }
        int days = p.getDays();
        return days + (days == 1 ? " day" : " days");
    }
}
