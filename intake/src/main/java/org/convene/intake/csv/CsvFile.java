package org.convene.intake.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.convene.coordination.shared.api.TextRules;

/**
 * Reads an imported CSV file whole, for both imports: bounded in size, a header row naming known
 * columns (in any order and case), then each data row as a {@link CsvRow}. A file that cannot be
 * used at all throws {@link ImportFileException}; a bad row is read with its problems.
 */
public final class CsvFile {

    public static final int MAX_CHARACTERS = 5_000_000;
    public static final int MAX_ROWS = 5_000;
    static final int MAX_CELL = TextRules.MAX_NARRATIVE_LENGTH;

    private CsvFile() {
    }

    /** The data rows of the file (row 1 is the header, so the first data row is row 2). */
    public static List<CsvRow> read(Reader reader, List<String> columns, List<String> requiredColumns) {
        String csv = readBounded(reader);
        if (csv.isBlank()) {
            throw new ImportFileException(List.of("The file is empty."));
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setIgnoreEmptyLines(true).setTrim(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
        List<CsvRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            Set<String> header = new LinkedHashSet<>();
            parser.getHeaderNames().forEach(h -> header.add(h.strip().toLowerCase(Locale.ROOT)));
            checkHeader(header, columns, requiredColumns);
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw new ImportFileException(List.of("The file has more than " + MAX_ROWS
                            + " rows. Split it into smaller files."));
                }
                rows.add(row((int) parser.getRecordNumber() + 1, record, columns, header.size()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new ImportFileException(List.of("The file is not a valid CSV file (" + CsvRow.shorten(e.getMessage())
                    + ")."));
        }
        if (rows.isEmpty()) {
            throw new ImportFileException(List.of("The file has a header row but no data rows."));
        }
        return rows;
    }

    private static void checkHeader(Set<String> header, List<String> columns, List<String> requiredColumns) {
        List<String> problems = new ArrayList<>();
        for (String required : requiredColumns) {
            if (!header.contains(required)) {
                problems.add("The file has no column '" + required + "'.");
            }
        }
        List<String> unknown = header.stream().filter(h -> !columns.contains(h)).toList();
        if (!unknown.isEmpty()) {
            problems.add("Unknown column" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown.stream()
                    .map(u -> "'" + CsvRow.shorten(u) + "'").toList()) + ". The columns are: "
                    + String.join(", ", columns) + ".");
        }
        if (!problems.isEmpty()) {
            throw new ImportFileException(problems);
        }
    }

    private static CsvRow row(int number, CSVRecord record, List<String> columns, int headerColumns) {
        CsvRow row = new CsvRow(number);
        if (record.size() > headerColumns) {
            row.problem("The row has more values (" + record.size() + ") than the header has columns ("
                    + headerColumns + ").");
        }
        for (String column : columns) {
            String value = record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
            value = value == null ? "" : value.strip();
            if (value.length() > MAX_CELL) {
                row.problem("The " + column + " value is too long (" + value.length() + " characters; at most "
                        + MAX_CELL + ").");
                value = value.substring(0, MAX_CELL);
            }
            row.put(column, value);
        }
        return row;
    }

    private static String readBounded(Reader reader) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            int n;
            while ((n = reader.read(buffer)) != -1) {
                text.append(buffer, 0, n);
                if (text.length() > MAX_CHARACTERS) {
                    throw new ImportFileException(List.of("The file is too large: at most "
                            + MAX_CHARACTERS / 1_000_000 + " million characters. Split it into smaller files."));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String s = text.toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
