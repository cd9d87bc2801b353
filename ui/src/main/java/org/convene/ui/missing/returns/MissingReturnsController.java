package org.convene.ui.missing.returns;

import java.time.LocalDate;
import java.util.function.Function;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.query.missing.api.FindMissingExportQuery;
import org.convene.query.missing.api.MissingExport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The DfE missing returns for a period, as CSV files. */
@RestController
@RequestMapping("/api/missing-returns")
@Tag(name = "Missing returns")
class MissingReturnsController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final QueryGateway queries;

    MissingReturnsController(QueryGateway queries) {
        this.queries = queries;
    }

    static MissingExport export(QueryGateway queries, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new CommandRejectedException("Choose a period: the start date on or before the end date.");
        }
        if (from.plusYears(5).isBefore(to)) {
            throw new CommandRejectedException("Choose a period of at most five years.");
        }
        return queries.query(new FindMissingExportQuery(from, to), ResponseTypes.instanceOf(MissingExport.class))
                .join();
    }

    @GetMapping(value = "/ssda903.csv", produces = "text/csv")
    @Operation(summary = "SSDA903 missing table (CHILD, DOB, MISSING, MIS_START, MIS_END) for a period")
    ResponseEntity<String> ssda903(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return csv("ssda903-missing-", from, to, MissingReturnsCsv::ssda903);
    }

    @GetMapping(value = "/annex-a-list-8.csv", produces = "text/csv")
    @Operation(summary = "Ofsted Annex A list 8 (missing and away episodes, return interviews) for a period")
    ResponseEntity<String> annexA(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return csv("annex-a-list-8-", from, to, MissingReturnsCsv::annexAList8);
    }

    /** The return for the period as a CSV download named after it. */
    private ResponseEntity<String> csv(String namePrefix, LocalDate from, LocalDate to,
                                       Function<MissingExport, String> table) {
        String fileName = namePrefix + from + "-to-" + to + ".csv";
        String body = table.apply(export(queries, from, to));
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(body);
    }
}
