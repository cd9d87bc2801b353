package org.convene.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.convene.testsupport.RestCalls;
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

/** The REST API over HTTP, with HTTP Basic logins of the demo users, on the running application. */
@ConveneSpringTest
class RestApiTest {

    @Autowired TestRestTemplate rest;
    @Autowired EventStore eventStore;
    @Autowired org.axonframework.extensions.mongo.MongoTemplate axonMongo;
    @Autowired org.springframework.data.mongodb.core.MongoTemplate mongo;
    private final ObjectMapper json = new ObjectMapper();

    static final String CHILD = """
            {"fullName":"Amira Fenwick","dateOfBirth":"2018-05-04","sexCode":"2","ethnicityCode":"WBRI",
             "locality":"Northshire East","identifiers":[{"type":"NHS_NUMBER","value":"943 476 5919"}]}
            """;

    ResponseEntity<String> post(String user, String path, String body) {
        return new RestCalls(rest).post(user, path, body);
    }

    JsonNode body(ResponseEntity<String> response) throws Exception {
        return json.readTree(response.getBody());
    }

    static void assertProblem(ResponseEntity<String> response) {
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as(String.valueOf(response.getHeaders().getContentType())).isTrue();
    }

    long storedEvents() {
        return axonMongo.eventCollection().countDocuments(new Document());
    }

    String registerChild() throws Exception {
        ResponseEntity<String> response = post("police.screener", "/api/children", CHILD);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return body(response).get("childId").asText();
    }

    static String referral(String idField, String childId) {
        return """
                {%s"receivedAt":"%s","sourceCode":"6","type":"POLICE_DOMESTIC_ABUSE_NOTIFICATION",
                 "incidentDate":"2026-01-04","childIds":["%s"],"adults":[{"name":"Dana Fenwick","role":"VICTIM"}],
                 "concernCodes":["3A"],"dashLevel":"MEDIUM","narrative":"Fictitious.","urgent":false,
                 "externalReference":"NP/TEST/1"}
                """.formatted(idField, Instant.now().minus(1, ChronoUnit.HOURS), childId)
                .replace("\"incidentDate\":\"2026-01-04\",", "");
    }

    @Test
    void aChildIsRegisteredWithAServerMadeIdAndLocation() throws Exception {
        ResponseEntity<String> response = post("police.screener", "/api/children", CHILD);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String childId = body(response).get("childId").asText();
        assertThat(UUID.fromString(childId)).isNotNull();
        assertThat(response.getHeaders().getLocation()).hasToString("/api/children/" + childId);
        assertThat(eventStore.readEvents(childId).asStream().count()).isEqualTo(1);
    }

    ResponseEntity<String> get(String user, String path) {
        return new RestCalls(rest).get(user, path);
    }

    @Test
    void readingAChildsRecordNeedsAPurposeAndIsLogged() throws Exception {
        String childId = registerChild();
        Document logged = new Document("childId", childId);

        ResponseEntity<String> noPurpose = get("social.screener", "/api/children/" + childId);
        assertThat(noPurpose.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertProblem(noPurpose);
        assertThat(body(noPurpose).get("detail").asText()).contains("purpose=", "SCREENING", "Nothing was opened");
        assertThat(get("social.screener", "/api/children/" + childId + "?purpose=CURIOSITY").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(mongo.getCollection("access_log").countDocuments(logged)).isZero();

        ResponseEntity<String> read = org.convene.testsupport.Eventually.await(
                () -> get("social.screener", "/api/children/" + childId + "?purpose=screening"),
                r -> r.getStatusCode() == HttpStatus.OK, java.time.Duration.ofSeconds(30));
        assertThat(body(read).get("fullName").asText()).isEqualTo("Amira Fenwick");
        assertThat(mongo.getCollection("access_log").find(logged)).singleElement().satisfies(e -> {
            assertThat(e.getString("userId")).isEqualTo("social.screener");
            assertThat(e.getString("agencyId")).isEqualTo("northshire-csc");
            assertThat(e.getString("purpose")).isEqualTo("SCREENING");
            assertThat(e.getString("record")).isEqualTo("CHILD_RECORD");
        });
    }

    @Test
    void aReferralIsRecordedAndTheSameClientIdTwiceIsAConflict() throws Exception {
        String childId = registerChild();
        String id = "police-" + UUID.randomUUID();

        ResponseEntity<String> first = post("police.screener", "/api/referrals",
                referral("\"referralId\":\"" + id + "\",", childId));
        assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getHeaders().getLocation()).hasToString("/api/referrals/" + id);

        ResponseEntity<String> again = post("police.screener", "/api/referrals",
                referral("\"referralId\":\"" + id + "\",", childId));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertProblem(again);
        assertThat(body(again).get("detail").asText()).contains("already recorded");
        assertThat(eventStore.readEvents(id).asStream().count()).isEqualTo(1);
    }

    @Test
    void aReferralWithoutAnIdGetsOne() throws Exception {
        String childId = registerChild();
        ResponseEntity<String> response = post("mash.chair", "/api/referrals", referral("", childId));
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        String id = body(response).get("referralId").asText();
        assertThat(eventStore.readEvents(id).asStream().count()).isEqualTo(1);
    }

    @Test
    void brokenRulesAre400ProblemsListingEveryProblemAndStoreNothing() throws Exception {
        long before = storedEvents();
        String unknownChild = UUID.randomUUID().toString();

        ResponseEntity<String> response = post("police.screener", "/api/referrals", referral("", unknownChild));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertProblem(response);
        JsonNode problem = body(response);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("problems").get(0).asText()).isEqualTo("There is no child record " + unknownChild + ".");

        ResponseEntity<String> child = post("police.screener", "/api/children",
                "{\"fullName\":\" \",\"sexCode\":\"9\",\"ethnicityCode\":\"XXXX\"}");
        assertThat(child.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(body(child).get("problems")).extracting(JsonNode::asText).containsExactly(
                "Enter the child's full name.", "'9' is not a DfE sex code.", "'XXXX' is not a DfE ethnicity code.");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void unreadableBodiesAre400ProblemsNamingTheFieldAndStoreNothing() throws Exception {
        long before = storedEvents();

        ResponseEntity<String> notJson = post("police.screener", "/api/children", "{\"fullName\": \"Amira");
        assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertProblem(notJson);
        assertThat(body(notJson).get("detail").asText()).contains("not valid JSON");

        ResponseEntity<String> impossibleDate = post("police.screener", "/api/children",
                "{\"fullName\":\"Amira Fenwick\",\"dateOfBirth\":\"2018-02-30\"}");
        assertThat(impossibleDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(body(impossibleDate).get("detail").asText())
                .contains("'dateOfBirth'", "2018-02-30", "a real date written YYYY-MM-DD");

        ResponseEntity<String> wrongType = post("police.screener", "/api/children",
                "{\"fullName\":\"Amira Fenwick\",\"lookedAfter\":\"perhaps\"}");
        assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(body(wrongType).get("detail").asText()).contains("'lookedAfter'", "true or false");

        ResponseEntity<String> unknownEnum = post("police.screener", "/api/referrals",
                referral("", UUID.randomUUID().toString()).replace("\"MEDIUM\"", "\"VERY_HIGH\""));
        assertThat(unknownEnum.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(body(unknownEnum).get("detail").asText()).contains("'dashLevel'", "VERY_HIGH",
                "one of STANDARD, MEDIUM, HIGH");

        ResponseEntity<String> badId = post("police.screener", "/api/referrals",
                referral("\"referralId\":\"<script>\",", UUID.randomUUID().toString()));
        assertThat(badId.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void withoutALoginTheApiAnswers401AndTheAnalyst403() throws Exception {
        long before = storedEvents();

        ResponseEntity<String> anonymous = post(null, "/api/children", CHILD);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertProblem(anonymous);

        HttpHeaders wrongPassword = new HttpHeaders();
        wrongPassword.setBasicAuth("police.screener", "not-the-password");
        wrongPassword.setContentType(MediaType.APPLICATION_JSON);
        assertThat(rest.exchange("/api/children", HttpMethod.POST, new HttpEntity<>(CHILD, wrongPassword),
                String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<String> analyst = post("analyst", "/api/children", CHILD);
        assertThat(analyst.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(body(analyst).get("detail").asText()).contains("Screener");

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void theOpenApiDescriptionIsServedToLoggedInUsersOnly() throws Exception {
        HttpHeaders asScript = new HttpHeaders();
        asScript.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
        ResponseEntity<String> anonymous = rest.exchange("/v3/api-docs", HttpMethod.GET, new HttpEntity<>(asScript),
                String.class);
        // a 401, or the login page (the test client follows the redirect): never the description itself
        assertThat(anonymous.getBody()).doesNotContain("\"openapi\"");
        HttpHeaders asBrowser = new HttpHeaders();
        asBrowser.setAccept(java.util.List.of(MediaType.TEXT_HTML));
        ResponseEntity<String> browser = rest.exchange("/swagger-ui/index.html", HttpMethod.GET,
                new HttpEntity<>(asBrowser), String.class);
        assertThat(browser.getBody()).as("a browser is sent to the login page").doesNotContain("swagger-ui");

        ResponseEntity<String> docs = rest.withBasicAuth("analyst", ConveneSpringTest.DEMO_PASSWORD)
                .getForEntity("/v3/api-docs", String.class);
        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode paths = body(docs).get("paths");
        assertThat(paths.has("/api/children")).isTrue();
        assertThat(paths.has("/api/referrals")).isTrue();
        assertThat(paths.has("/api/referrals/import")).isTrue();

        ResponseEntity<String> ui = rest.withBasicAuth("analyst", ConveneSpringTest.DEMO_PASSWORD)
                .getForEntity("/swagger-ui/index.html", String.class);
        assertThat(ui.getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
