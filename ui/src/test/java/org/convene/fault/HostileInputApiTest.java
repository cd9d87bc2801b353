package org.convene.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.bson.Document;
import org.convene.ui.ConveneSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Malformed and hostile input through the REST entry points: markup in names, oversized fields,
 * wrong types, impossible and future dates. Each is refused with a 400 problem saying what is wrong,
 * and nothing is stored. (The CSV imports' bad rows are covered by the import API tests.)
 */
@ConveneSpringTest
class HostileInputApiTest {

    @Autowired TestRestTemplate rest;
    @Autowired org.axonframework.extensions.mongo.MongoTemplate axonMongo;
    private final ObjectMapper json = new ObjectMapper();

    private ResponseEntity<String> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth("police.screener", ConveneSpringTest.DEMO_PASSWORD);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private long storedEvents() {
        return axonMongo.eventCollection().countDocuments(new Document());
    }

    /** The answer is a 400 problem whose problems or detail contain every given text. */
    private void assertRefused(ResponseEntity<String> response, String... texts) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        JsonNode problem = json.readTree(response.getBody());
        String said = problem.path("detail").asText() + " " + problem.path("problems").toString();
        assertThat(said).contains(texts);
    }

    private String registeredChild() throws Exception {
        ResponseEntity<String> response = post("/api/children",
                "{\"fullName\":\"Noor Hostile\",\"dateOfBirth\":\"2012-06-01\",\"sexCode\":\"2\"}");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody()).get("childId").asText();
    }

    @Test
    void childRecordsWithMarkupOversizedNamesOrImpossibleDatesAreRefused() throws Exception {
        long before = storedEvents();
        assertRefused(post("/api/children", "{\"fullName\":\"<script>alert(1)</script>\",\"sexCode\":\"1\"}"),
                "must not contain < or >");
        assertRefused(post("/api/children", "{\"fullName\":\"Amy <img src=x onerror=alert(1)>\"}"),
                "must not contain < or >");
        assertRefused(post("/api/children", "{\"fullName\":\"" + "A".repeat(100_000) + "\"}"),
                "at most 200 characters");
        assertRefused(post("/api/children", "{\"fullName\":\"Amy Stone\",\"dateOfBirth\":\"2026-02-30\"}"),
                "'dateOfBirth'", "a real date");
        assertRefused(post("/api/children", "{\"fullName\":\"Amy Stone\",\"dateOfBirth\":\""
                + LocalDate.now().plusYears(1) + "\"}"), "cannot be in the future");
        assertRefused(post("/api/children", "{\"fullName\":\"Amy Stone\",\"identifiers\":\"NHS\"}"),
                "'identifiers'");
        assertRefused(post("/api/children", "{\"fullName\":\"Amy Stone\",\"lookedAfter\":{\"$gt\":\"\"}}"),
                "'lookedAfter'");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void referralsWithHostileFieldsAreRefused() throws Exception {
        String childId = registeredChild();
        long before = storedEvents();
        String good = """
                {"receivedAt":"%s","sourceCode":"6","type":"POLICE_DOMESTIC_ABUSE_NOTIFICATION",
                 "childIds":["%s"],"adults":[{"name":"Dana Stone","role":"VICTIM"}],"concernCodes":["3A"],
                 "dashLevel":"MEDIUM","narrative":"Fictitious.","urgent":false}
                """.formatted(Instant.now().minus(1, ChronoUnit.HOURS), childId);
        assertRefused(post("/api/referrals", good.replace("Dana Stone", "<b onmouseover=alert(1)>Dana</b>")),
                "must not contain < or >");
        assertRefused(post("/api/referrals", good.replace("\"Fictitious.\"", "\"" + "x".repeat(50_000) + "\"")),
                "20000");
        assertRefused(post("/api/referrals", good.replace("[\"" + childId + "\"]", "\"" + childId + "\"")),
                "'childIds'");
        assertRefused(post("/api/referrals", good.replace("\"urgent\":false", "\"urgent\":\"<script>\"")),
                "'urgent'");
        assertRefused(post("/api/referrals", good.replaceFirst("\"receivedAt\":\"[^\"]+\"",
                "\"receivedAt\":\"2026-02-30T10:00:00Z\"")), "'receivedAt'");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void missingNotificationsWithHostileFieldsAreRefused() throws Exception {
        String childId = registeredChild();
        long before = storedEvents();
        String good = """
                {"childId":"%s","missingFrom":"HOME","lastSeenAt":"%s","policeReference":"MP-H-1",
                 "riskLevel":"MEDIUM","reportedBy":"Parent","circumstances":"Fictitious.","lastSeenPlace":"Park"}
                """.formatted(childId, Instant.now().minus(3, ChronoUnit.HOURS));
        assertRefused(post("/api/missing-episodes", good.replace("\"Parent\"", "\"" + "P".repeat(30_000) + "\"")),
                "");
        assertRefused(post("/api/missing-episodes", good.replaceFirst("\"lastSeenAt\":\"[^\"]+\"",
                "\"lastSeenAt\":\"2026-13-01T10:00:00Z\"")), "'lastSeenAt'");
        assertRefused(post("/api/missing-episodes", good.replaceFirst("\"lastSeenAt\":\"[^\"]+\"",
                "\"lastSeenAt\":\"" + Instant.now().plus(30, ChronoUnit.DAYS) + "\"")), "");
        assertRefused(post("/api/missing-episodes", good.replace("\"MEDIUM\"", "42")), "'riskLevel'");
        assertThat(storedEvents()).isEqualTo(before);
    }
}
