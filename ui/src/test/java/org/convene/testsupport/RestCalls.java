package org.convene.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.convene.ui.ConveneSpringTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Calls on the REST API as a demo user (HTTP Basic; a null user calls without logging in), and
 * reading what an import answered.
 */
public final class RestCalls {

    private final TestRestTemplate rest;
    private final ObjectMapper json = new ObjectMapper();

    public RestCalls(TestRestTemplate rest) {
        this.rest = rest;
    }

    /** POSTs a JSON body. */
    public ResponseEntity<String> post(String user, String path, String body) {
        return send(user, HttpMethod.POST, path, MediaType.APPLICATION_JSON, body);
    }

    /** POSTs a CSV file as the request body. */
    public ResponseEntity<String> postCsv(String user, String path, String csv) {
        return send(user, HttpMethod.POST, path, MediaType.parseMediaType("text/csv"), csv);
    }

    /** POSTs a file as a multipart upload, in the part named {@code file}. */
    public ResponseEntity<String> upload(String user, String path, String fileName, String content) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return send(user, HttpMethod.POST, path, MediaType.MULTIPART_FORM_DATA, body);
    }

    public ResponseEntity<String> get(String user, String path) {
        return send(user, HttpMethod.GET, path, null, null);
    }

    /** The body of an answer, as JSON. */
    public JsonNode body(ResponseEntity<String> response) throws JsonProcessingException {
        return json.readTree(response.getBody());
    }

    /** An import's report: the answer must be 200. */
    public JsonNode report(ResponseEntity<String> response) throws JsonProcessingException {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return body(response);
    }

    /** The problems an import's report lists for a row of the file (the header is row 1). */
    public static List<String> problemsOfRow(JsonNode report, int row) {
        for (JsonNode r : report.get("rows")) {
            if (r.get("row").asInt() == row) {
                List<String> problems = new ArrayList<>();
                r.get("problems").forEach(p -> problems.add(p.asText()));
                return problems;
            }
        }
        throw new AssertionError("no row " + row + " in " + report);
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, MediaType type, Object body) {
        HttpHeaders headers = new HttpHeaders();
        if (type != null) {
            headers.setContentType(type);
        }
        if (user != null) {
            headers.setBasicAuth(user, ConveneSpringTest.DEMO_PASSWORD);
        }
        return rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
