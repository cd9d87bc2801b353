package org.convene.ui.api;

import java.util.Map;
import java.util.UUID;

import java.time.LocalDate;
import java.util.List;

import org.convene.intake.Intake;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.query.child.api.ChildDetails;
import org.convene.query.child.api.ChildMatch;
import org.convene.query.child.api.OpenChildRecordQuery;
import org.convene.query.audit.api.AccessPurpose;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import java.util.Arrays;
import org.convene.query.child.api.FindLikelyChildMatchesQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Child records over REST. Offer likely matches of existing records before making a new one. */
@RestController
@RequestMapping(path = "/api/children", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Children")
class ChildrenController {

    private final Intake intake;
    private final QueryGateway queries;

    ChildrenController(Intake intake, QueryGateway queries) {
        this.intake = intake;
        this.queries = queries;
    }

    @GetMapping("/{childId}")
    @Operation(summary = "A child's record", description = "An audited read: say why with `purpose` (one of "
            + "SCREENING, PANEL, MISSING, CHILD_PROTECTION, CASE_REVIEW, RECORD_MAINTENANCE). Each call is logged with "
            + "the user, agency, time and purpose. A merged duplicate answers with the surviving record.")
    @ApiResponse(responseCode = "200", description = "The record")
    @ApiResponse(responseCode = "400", description = "No purpose, or not one of the list; nothing was opened")
    @ApiResponse(responseCode = "404", description = "No such child record")
    ResponseEntity<ChildDetails> find(@PathVariable String childId, @RequestParam(required = false) String purpose) {
        AccessPurpose why = AccessPurpose.parse(purpose).orElseThrow(() -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "Say why you are opening this child's record: add purpose=" + String.join(", ",
                            Arrays.stream(AccessPurpose.values()).map(p -> p.name() + " (" + p.label() + ")").toList())
                            + ". Nothing was opened.");
            problem.setTitle("A purpose is needed");
            return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        });
        return Answers.found(queries.query(new OpenChildRecordQuery(childId, why),
                ResponseTypes.instanceOf(ChildDetails.class)));
    }

    @GetMapping("/matches")
    @Operation(summary = "Likely matches of an existing child", description = "Same or similar name with the same "
            + "date of birth (also with day and month swapped), best first. Ask before making a new record.")
    List<ChildMatch> matches(@RequestParam String name,
                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth) {
        return queries.query(new FindLikelyChildMatchesQuery(name, dateOfBirth),
                ResponseTypes.multipleInstancesOf(ChildMatch.class)).join();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Make a new child record", description = "Screeners and meeting chairs. The server makes "
            + "the child id and answers it, with the record's address in Location.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "400", description = "Invalid input or a broken rule; nothing was recorded")
    ResponseEntity<Map<String, String>> register(@RequestBody RegisterChildRequest request) {
        String childId = UUID.randomUUID().toString();
        intake.registerChild(request.toCommand(childId));
        return Answers.created("/api/children/" + childId, "childId", childId);
    }
}
