package org.convene.ui.api;

import static org.convene.coordination.shared.api.Failures.unwrap;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.convene.coordination.shared.api.ChangedMeanwhileException;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.intake.csv.ImportFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Errors of the REST API as RFC 9457 problem details ({@code application/problem+json}), in plain
 * words: what was wrong and that nothing was recorded. Applies to {@code @RestController}s only,
 * never to the Vaadin UI.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler({CommandRejectedException.class, CommandExecutionException.class,
            AggregateStreamCreationException.class, ConcurrencyException.class, AggregateNotFoundException.class,
            ConflictingModificationException.class})
    ResponseEntity<ProblemDetail> commandFailed(RuntimeException error) {
        Throwable e = unwrap(error);
        if (e instanceof ChangedMeanwhileException changed) {
            ProblemDetail problem = problem(HttpStatus.CONFLICT, "Changed since you read it", changed.getMessage());
            problem.setProperty("problems", changed.problems());
            problem.setProperty("change", changed.change().what());
            problem.setProperty("changedBy", changed.change().by().userId());
            problem.setProperty("changedByAgency", changed.change().by().agencyId());
            problem.setProperty("changedAt", changed.change().at().toString());
            return respond(problem);
        }
        if (e instanceof ConflictingModificationException) {
            return respond(problem(HttpStatus.CONFLICT, "Not the version you read",
                    "The version you sent is not one this record has had. Nothing was recorded: read the record "
                            + "again and send its version."));
        }
        if (e instanceof CommandRejectedException rejected) {
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "The request breaks a rule",
                    String.join(" ", rejected.problems()) + " Nothing was recorded.");
            problem.setProperty("problems", rejected.problems());
            return respond(problem);
        }
        if (e instanceof AggregateStreamCreationException) {
            return respond(problem(HttpStatus.CONFLICT, "Already recorded",
                    "A record with this id is already recorded. Nothing was recorded twice."));
        }
        if (e instanceof AggregateNotFoundException) {
            return respond(problem(HttpStatus.NOT_FOUND, "Not found",
                    "There is no record with this id. Nothing was recorded."));
        }
        if (e instanceof ConcurrencyException) {
            return respond(problem(HttpStatus.CONFLICT, "Changed at the same moment",
                    "Someone else changed this at the same moment. Nothing of yours was recorded: try again."));
        }
        if (e instanceof AccessDeniedException denied) {
            return accessDenied(denied);
        }
        if (e instanceof AuthenticationException unauthenticated) {
            return unauthenticated(unauthenticated);
        }
        log.error("Command failed", error);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
                "Something went wrong and nothing was recorded. Try again; if it keeps happening, tell your "
                        + "administrator."));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return respond(problem(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage()));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return respond(problem(HttpStatus.UNAUTHORIZED, "Not logged in", e.getMessage()));
    }

    @ExceptionHandler(ImportFileException.class)
    ResponseEntity<ProblemDetail> badFile(ImportFileException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "The file cannot be imported",
                String.join(" ", e.problems()) + " Nothing was recorded.");
        problem.setProperty("problems", e.problems());
        return respond(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        String detail = describe(ex.getMostSpecificCause(), ex);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "The request body cannot be read",
                detail + " Nothing was recorded.");
        problem.setProperty("problems", List.of(detail));
        return new ResponseEntity<>(problem, problemHeaders(), HttpStatus.BAD_REQUEST);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        HttpHeaders h = new HttpHeaders();
        h.addAll(headers);
        h.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body, h, statusCode);
    }

    /** Turns Jackson's complaint into words naming the field and what it should hold. */
    static String describe(Throwable cause, HttpMessageNotReadableException ex) {
        if (cause instanceof com.fasterxml.jackson.core.JsonParseException
                || cause instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
            var location = ((JsonProcessingException) cause).getLocation();
            return "The body is not valid JSON" + (location == null ? "" : " (line " + location.getLineNr()
                    + ", column " + location.getColumnNr() + ")") + ".";
        }
        JsonMappingException mapping = findMapping(ex);
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String field = fieldOf(mismatch);
            Class<?> target = mismatch.getTargetType();
            String value = mismatch instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException invalid
                    && invalid.getValue() != null ? " ('" + shorten(String.valueOf(invalid.getValue())) + "')" : "";
            return field + value + " is not valid: it must be " + expected(target) + ".";
        }
        if (mapping != null && !mapping.getPath().isEmpty()) {
            return fieldOf(mapping) + " is not valid: " + shorten(mapping.getOriginalMessage()) + ".";
        }
        if (cause instanceof JsonProcessingException json) {
            var location = json.getLocation();
            return "The body is not valid JSON" + (location == null ? "" : " (line " + location.getLineNr()
                    + ", column " + location.getColumnNr() + ")") + ".";
        }
        if (ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
            return "The request has no body: send the record as JSON.";
        }
        return "The body cannot be read as the record this address expects.";
    }

    private static JsonMappingException findMapping(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof JsonMappingException m) {
                return m;
            }
        }
        return null;
    }

    private static String fieldOf(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? "The body" : "'" + path + "'";
    }

    private static String expected(Class<?> target) {
        if (target.isEnum()) {
            return "one of " + Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (target == LocalDate.class) {
            return "a real date written YYYY-MM-DD, e.g. 2018-05-04";
        }
        if (target == Instant.class) {
            return "a real date and time in ISO 8601 with a time zone, e.g. 2026-01-05T09:30:00Z";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(target)) {
            return "a list [ … ]";
        }
        if (target == String.class) {
            return "text";
        }
        if (target.isRecord()) {
            return "an object { … }";
        }
        return "a " + target.getSimpleName();
    }

    private static String shorten(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).headers(problemHeaders()).body(problem);
    }

    private static HttpHeaders problemHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return headers;
    }
}
