package org.convene.ui.missing.returns;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.convene.query.missing.api.MissingExport;

/**
 * The DfE missing returns as CSV: the SSDA903 missing table (CHILD, DOB, MISSING, MIS_START,
 * MIS_END, dates dd/MM/yyyy as the 903 return takes them) and Ofsted Annex A list 8.
 */
public final class MissingReturnsCsv {

    static final DateTimeFormatter DFE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private MissingReturnsCsv() {
    }

    public static String ssda903(MissingExport export) {
        return write(new String[] {"CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"}, printer -> {
            for (MissingExport.Ssda903MissingRow row : export.ssda903()) {
                printer.printRecord(row.child(), date(row.dob()), row.missing(), date(row.misStart()),
                        date(row.misEnd()));
            }
        });
    }

    public static String annexAList8(MissingExport export) {
        return write(new String[] {"CHILD", "DOB", "MISSING_EPISODES", "AWAY_EPISODES",
                "RHI_OFFERED_AFTER_LAST_MISSING", "RHI_ACCEPTED_AFTER_LAST_MISSING"}, printer -> {
            for (MissingExport.AnnexAList8Row row : export.annexA()) {
                printer.printRecord(row.child(), date(row.dob()), row.missingEpisodes(), row.awayEpisodes(),
                        row.interviewOfferedAfterLast(), row.interviewAcceptedAfterLast());
            }
        });
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DFE_DATE.format(date);
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static String write(String[] header, Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get())) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
