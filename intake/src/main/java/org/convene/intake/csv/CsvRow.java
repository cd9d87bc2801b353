package org.convene.intake.csv;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.convene.coordination.shared.api.TextRules;

/**
 * One data row of an imported file: its cells by column and the problems found reading them.
 * The readers turn a cell into a value, or note in plain words why they cannot (and answer null).
 */
public final class CsvRow {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9/_.-]{1,100}");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '’.-]*");
    private static final String DATE_TIME_EXAMPLES = "2026-01-05T09:30:00Z or 05/01/2026 09:30, UK time";
    private static final DateTimeFormatter UK_DATE_TIME = DateTimeFormatter.ofPattern("d/M/uuuu H:mm")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_LOCAL_DATE_TIME = DateTimeFormatter
            .ofPattern("uuuu-MM-dd['T'][ ]HH:mm[:ss]").withResolverStyle(ResolverStyle.STRICT);

    private final int number;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> cells = new LinkedHashMap<>();

    CsvRow(int number) {
        this.number = number;
    }

    /** A row made in code (for tests of the parsers). */
    public static CsvRow of(int number, Map<String, String> cells) {
        CsvRow row = new CsvRow(number);
        cells.forEach(row::put);
        return row;
    }

    void put(String column, String value) {
        cells.put(column, value);
    }

    public int number() {
        return number;
    }

    public List<String> problems() {
        return problems;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public void problem(String problem) {
        problems.add(problem);
    }

    /** The cell as read (stripped; empty when the column or value is absent). */
    public String get(String column) {
        return cells.getOrDefault(column, "");
    }

    /** The cell, or null when empty. */
    public String text(String column) {
        String value = get(column);
        return value.isEmpty() ? null : value;
    }

    /** A source's reference (letters, digits and / . _ -), normalised; null with a problem when unusable. */
    public String reference(String column) {
        String reference = get(column);
        if (reference.isEmpty()) {
            problem("The police reference is missing.");
            return null;
        }
        if (!REFERENCE.matcher(reference).matches()) {
            problem("The police reference '" + shorten(reference) + "' is not valid (letters, digits and / . _ - "
                    + "only, at most 100).");
            return null;
        }
        return normaliseReference(reference);
    }

    /** A person's name; {@code what} starts the problem, e.g. "The child's name". */
    public void checkName(String name, String what) {
        if (name == null || name.isBlank()) {
            problem(what + " is missing.");
        } else if (name.strip().length() > TextRules.MAX_NAME_LENGTH) {
            problem(what + " is too long (at most " + TextRules.MAX_NAME_LENGTH + " characters).");
        } else if (!NAME.matcher(name.strip()).matches()) {
            problem(what + " '" + shorten(name) + "' contains characters not used in names (only letters, "
                    + "spaces, hyphens, apostrophes and full stops).");
        }
    }

    /** A date and time (ISO with an offset, or ISO / UK local time); {@code what} e.g. "received date and time". */
    public Instant instant(String column, String what) {
        return parsed(column, CsvRow::parseInstant, what, "date and time", DATE_TIME_EXAMPLES);
    }

    /** A date (ISO or UK); {@code what} e.g. "incident date", {@code examples} e.g. "2026-01-04 or 04/01/2026". */
    public LocalDate date(String column, String what, String examples) {
        return parsed(column, CsvRow::parseDate, what, "date", examples);
    }

    private <T> T parsed(String column, Function<String, T> parse, String what, String kind, String examples) {
        String text = get(column);
        T value = text.isEmpty() ? null : parse.apply(text);
        if (!text.isEmpty() && value == null) {
            problem("The " + what + " '" + shorten(text) + "' is not a real " + kind + " (use " + examples + ").");
        }
        return value;
    }

    /** Yes or no (also y/n, true/false, 1/0); null when empty or not understood (with a problem). */
    public Boolean yesNo(String column) {
        String value = get(column).toLowerCase(Locale.ROOT);
        if (List.of("yes", "y", "true", "1").contains(value)) {
            return true;
        }
        if (List.of("no", "n", "false", "0").contains(value)) {
            return false;
        }
        if (!value.isEmpty()) {
            problem("The " + column + " value '" + shorten(value) + "' is not yes or no.");
        }
        return null;
    }

    /**
     * One of the constants, given by its name or label (case, spaces, hyphens and underscores
     * ignored); null when empty, or when unknown with the problem {@code unknown} + the value + {@code hint}.
     */
    public <E extends Enum<E>> E choice(String column, E[] values, Function<E, String> label, String unknown,
                                         String hint) {
        String given = get(column);
        if (given.isEmpty()) {
            return null;
        }
        E found = lookup(given, values, label);
        if (found == null) {
            problem(unknown + " '" + shorten(given) + "' is not known (" + hint + ").");
        }
        return found;
    }

    /** The constant given by its name or label (case, spaces, hyphens and underscores ignored), or null. */
    public static <E extends Enum<E>> E lookup(String given, E[] values, Function<E, String> label) {
        String g = given.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        return Arrays.stream(values).filter(v -> g.equals(v.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                        || g.equals(label.apply(v).toLowerCase(Locale.ROOT).replace('-', ' ')))
                .findFirst().orElse(null);
    }

    public static String normaliseReference(String reference) {
        return reference.strip().toUpperCase(Locale.ROOT);
    }

    public static Instant parseInstant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException ignored) {
            // not ISO with an offset
        }
        for (DateTimeFormatter format : List.of(ISO_LOCAL_DATE_TIME, UK_DATE_TIME)) {
            try {
                return LocalDateTime.parse(text, format).atZone(TextRules.UK).toInstant();
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return null;
    }

    public static LocalDate parseDate(String text) {
        for (DateTimeFormatter format : List.of(ISO_DATE, UK_DATE)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return null;
    }

    /** A value quoted in a problem: one line, at most 60 characters. */
    public static String shorten(String s) {
        if (s == null) {
            return "";
        }
        String oneLine = s.replaceAll("\\p{Cntrl}", " ");
        return oneLine.length() > 60 ? oneLine.substring(0, 60) + "…" : oneLine;
    }
}
