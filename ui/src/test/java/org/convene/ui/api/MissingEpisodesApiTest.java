package org.convene.ui.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.testsupport.RestCalls.problemsOfRow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.convene.coordination.child.api.ChildRegisteredEvent;
import org.convene.coordination.missing.api.CareAbsenceType;
import org.convene.coordination.missing.api.ChildReturnedEvent;
import org.convene.coordination.missing.api.MissingEpisodeReportedEvent;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.testsupport.RestCalls;
import org.convene.ui.ConveneSpringTest;
import org.convene.intake.missing.MissingNotificationFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Missing episodes over REST and the police missing-notification import. Data is fictitious. */
@ConveneSpringTest
class MissingEpisodesApiTest {

    static final String HEADER = "police_reference,child_name,child_dob,child_sex,child_ethnicity,child_locality,"
            + "child_nhs_number,looked_after,missing_from,care_type,last_seen_at,risk_level,reported_by,circumstances,"
            + "last_known_location,returned_at,where_found,found_by\n";

    @Autowired TestRestTemplate rest;
    @Autowired EventStore eventStore;
    private final ObjectMapper json = new ObjectMapper();
    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final String letters = run.replaceAll("[^A-Z]", "");
    private final Instant lastSeen = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private final Instant returned = lastSeen.plus(20, ChronoUnit.HOURS);

    ResponseEntity<String> importCsv(String user, String csv) {
        return calls().postCsv(user, "/api/missing-episodes/import", csv);
    }

    ResponseEntity<String> post(String user, String path, String body) {
        return calls().post(user, path, body);
    }

    JsonNode report(ResponseEntity<String> response) throws Exception {
        return calls().report(response);
    }

    RestCalls calls() {
        return new RestCalls(rest);
    }

    List<Object> eventsOf(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(m -> (Object) m.getPayload()).toList();
    }

    String ref(int n) {
        return "MP-" + run + "-" + n;
    }

    String episode(int n) {
        return MissingNotificationFile.episodeIdFor(ref(n));
    }

    String goodFile() {
        return HEADER
                // row 2: missing from home, found the next day
                + ref(1) + ",Amira Fenwick" + letters + ",04/05/2012,2,WBRI,Northshire East,9434765919,no,home,,"
                + lastSeen + ",medium,mother,\"Left after an argument. Fictitious.\",Northshire bus station,"
                + returned + ",friend's house,police\n"
                // row 3: a looked-after child away from placement, not yet returned
                + ref(2) + ",Zoë O’Neill" + letters + ",2010-11-30,f,,,,yes,care,A,"
                + lastSeen + ",low,foster carer,,,,,\n";
    }

    @Test
    void aGoodFileRecordsOneEpisodePerRowWithTheChildAndTheReturn() throws Exception {
        JsonNode report = report(importCsv("police.screener", goodFile()));

        assertThat(report.get("summary").asText()).as(report.toPrettyString())
                .isEqualTo("2 missing episodes recorded, 1 return recorded, 0 already recorded, 0 refused (2 rows read).");
        assertThat(report.get("rows")).extracting(r -> r.get("row").asInt()).containsExactly(2, 3);
        assertThat(report.get("rows")).allMatch(r -> r.get("outcome").asText().equals("RECORDED"));

        List<Object> first = eventsOf(episode(1));
        assertThat(first).hasSize(2);
        MissingEpisodeReportedEvent reported = (MissingEpisodeReportedEvent) first.get(0);
        assertThat(reported.missingFrom()).isEqualTo(MissingFrom.HOME);
        assertThat(reported.careAbsenceType()).isNull();
        assertThat(reported.lastSeenAt()).isEqualTo(lastSeen);
        assertThat(reported.riskLevel()).isEqualTo(MissingRiskLevel.MEDIUM);
        assertThat(reported.policeReference()).isEqualTo(ref(1));
        assertThat(reported.recordedBy().userId()).isEqualTo("police.screener");
        assertThat(reported.childId()).isEqualTo(MissingNotificationFile.childIdFor(ref(1),
                "Amira Fenwick" + letters, LocalDate.of(2012, 5, 4)));
        ChildReturnedEvent back = (ChildReturnedEvent) first.get(1);
        assertThat(back.returnedAt()).isEqualTo(returned);
        assertThat(back.whereFound()).isEqualTo("friend's house");
        assertThat(back.foundBy()).isEqualTo("police");

        List<Object> second = eventsOf(episode(2));
        assertThat(second).hasSize(1);
        MissingEpisodeReportedEvent fromCare = (MissingEpisodeReportedEvent) second.get(0);
        assertThat(fromCare.missingFrom()).isEqualTo(MissingFrom.CARE);
        assertThat(fromCare.careAbsenceType()).isEqualTo(CareAbsenceType.A);
        ChildRegisteredEvent child = (ChildRegisteredEvent) eventsOf(fromCare.childId()).get(0);
        assertThat(child.lookedAfter()).isTrue();
    }

    @Test
    void importingTheSameFileTwiceRecordsNothingTheSecondTime() throws Exception {
        String file = goodFile();
        report(importCsv("mash.chair", file));
        long episodeEvents = eventsOf(episode(1)).size() + eventsOf(episode(2)).size();

        JsonNode second = report(importCsv("mash.chair", file));

        assertThat(second.get("summary").asText()).as(second.toPrettyString())
                .isEqualTo("0 missing episodes recorded, 0 returns recorded, 2 already recorded, 0 refused (2 rows read).");
        assertThat(eventsOf(episode(1)).size() + eventsOf(episode(2)).size()).isEqualTo(episodeEvents);
        String childId = ((MissingEpisodeReportedEvent) eventsOf(episode(2)).get(0)).childId();
        assertThat(eventsOf(childId)).hasSize(1);
    }

    @Test
    void aRowWhoseEpisodeIsRecordedButWhoseReturnIsNewRecordsTheReturn() throws Exception {
        String without = HEADER + ref(3) + ",Tobias Fenwick" + letters + ",2011-02-02,1,,,,,home,," + lastSeen
                + ",medium,school,,,,,\n";
        report(importCsv("police.screener", without));
        assertThat(eventsOf(episode(3))).hasSize(1);

        JsonNode report = report(importCsv("police.screener", without.replace(",,,,,\n",
                ",,," + returned + ",grandmother's flat,\n")));

        assertThat(report.get("summary").asText()).as(report.toPrettyString())
                .isEqualTo("0 missing episodes recorded, 1 return recorded, 0 already recorded, 0 refused (1 row read).");
        JsonNode row = report.get("rows").get(0);
        assertThat(row.get("outcome").asText()).isEqualTo("RECORDED");
        assertThat(row.get("episodeRecorded").asBoolean()).isFalse();
        assertThat(row.get("returnRecorded").asBoolean()).isTrue();
        List<Object> events = eventsOf(episode(3));
        assertThat(events).hasSize(2);
        assertThat(((ChildReturnedEvent) events.get(1)).whereFound()).isEqualTo("grandmother's flat");
    }

    @Test
    void badRowsAreListedWithTheirReasonsAndRecordNothing() throws Exception {
        String csv = HEADER
                // row 2: script in the name
                + ref(11) + ",<script>alert(1)</script>,2012-01-01,,,,,,home,," + lastSeen + ",low,,,,,,\n"
                // row 3: impossible dates
                + ref(12) + ",Ben Carter,2015-02-30,,,,,,home,,31/02/2026 09:00,low,,,,,,\n"
                // row 4: unknown codes
                + ref(13) + ",Cara Dunn,2013-03-03,9,ZZZZ,,,maybe,school,,"  + lastSeen + ",severe,,,,,,\n"
                // row 5: missing from care without M or A
                + ref(14) + ",Dev Evans,2014-04-04,,,,,yes,care,," + lastSeen + ",medium,,,,,,\n"
                // row 6: the return before the child was last seen
                + ref(15) + ",Eli Ford,2012-06-06,,,,,,home,," + lastSeen + ",low,,,,"
                + lastSeen.minus(1, ChronoUnit.HOURS) + ",home,\n"
                // row 7: a good row in the same file is recorded
                + ref(16) + ",Fay Green" + letters + ",2012-07-07,,,,,,home,," + lastSeen + ",no apparent risk,,,,,,\n";

        JsonNode report = report(importCsv("police.screener", csv));

        assertThat(report.get("summary").asText()).as(report.toPrettyString())
                .isEqualTo("1 missing episode recorded, 0 returns recorded, 0 already recorded, 5 refused (6 rows read).");
        assertThat(problemsOfRow(report, 2)).singleElement().asString()
                .contains("The child's name", "contains characters not used in names");
        assertThat(problemsOfRow(report, 3)).anyMatch(p -> p.contains("'2015-02-30' is not a real date"))
                .anyMatch(p -> p.contains("'31/02/2026 09:00' is not a real date"));
        assertThat(problemsOfRow(report, 4)).anyMatch(p -> p.contains("'9' is not a DfE sex code"))
                .anyMatch(p -> p.contains("'ZZZZ' is not a DfE ethnicity code"))
                .anyMatch(p -> p.contains("'maybe' is not yes or no"))
                .anyMatch(p -> p.contains("'school' is not known"))
                .anyMatch(p -> p.contains("'severe' is not known"));
        assertThat(problemsOfRow(report, 5)).singleElement().asString().contains("care_type is required");
        assertThat(problemsOfRow(report, 6)).containsExactly("The return cannot be before the child was last seen.");
        assertThat(report.get("rows").get(5).get("outcome").asText()).isEqualTo("RECORDED");

        for (int n = 11; n <= 15; n++) {
            assertThat(eventsOf(episode(n))).as("episode of row " + (n - 9)).isEmpty();
        }
        // nothing half-recorded: not even the child of a refused row
        assertThat(eventsOf(MissingNotificationFile.childIdFor(ref(14), "Dev Evans", LocalDate.of(2014, 4, 4))))
                .isEmpty();
        assertThat(eventsOf(MissingNotificationFile.childIdFor(ref(15), "Eli Ford", LocalDate.of(2012, 6, 6))))
                .isEmpty();
        assertThat(eventsOf(episode(16))).hasSize(1);
    }

    @Test
    void aMultipartUploadIsImportedToo() throws Exception {
        ResponseEntity<String> response = calls().upload("social.screener", "/api/missing-episodes/import",
                "missing.csv", HEADER + ref(21) + ",Gil Hart" + letters + ",2013-01-01,,,,,,home,," + lastSeen
                        + ",low,,,,,,\n");
        assertThat(report(response).get("recorded").asInt()).isEqualTo(1);
        assertThat(eventsOf(episode(21))).hasSize(1);
    }

    @Test
    void onlyScreenersAndChairsMayImportOrRecordAndOnlyWhenLoggedIn() throws Exception {
        ResponseEntity<String> analyst = importCsv("analyst", goodFile());
        assertThat(analyst.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        RestApiTest.assertProblem(analyst);
        assertThat(importCsv(null, goodFile()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        String childId = registerChild();
        ResponseEntity<String> analystPost = post("analyst", "/api/missing-episodes", episodeJson("", childId));
        assertThat(analystPost.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        RestApiTest.assertProblem(analystPost);
        assertThat(post(null, "/api/missing-episodes", episodeJson("", childId)).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(eventsOf(episode(1))).isEmpty();
        assertThat(eventsOf(episode(2))).isEmpty();
    }

    // ---------------------------------------------------------------- JSON

    String registerChild() throws Exception {
        ResponseEntity<String> response = post("police.screener", "/api/children",
                "{\"fullName\":\"Ivy Jones" + letters + "\",\"dateOfBirth\":\"2012-09-09\"}");
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody()).get("childId").asText();
    }

    String episodeJson(String idField, String childId) {
        return """
                {%s"childId":"%s","missingFrom":"CARE","careAbsenceType":"M","lastSeenAt":"%s",
                 "policeReference":"MP/JSON/1","riskLevel":"MEDIUM","reportedBy":"residential worker",
                 "circumstances":"Fictitious.","lastKnownLocation":"town centre"}
                """.formatted(idField, childId, lastSeen);
    }

    @Test
    void anEpisodeIsRecordedWithAClientIdItsReturnRecordedAndTheSameIdTwiceIsAConflict() throws Exception {
        String childId = registerChild();
        String id = "ep-" + run;
        ResponseEntity<String> first = post("police.screener", "/api/missing-episodes",
                episodeJson("\"episodeId\":\"" + id + "\",", childId));
        assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getHeaders().getLocation()).hasToString("/api/missing-episodes/" + id);
        assertThat(json.readTree(first.getBody()).get("episodeId").asText()).isEqualTo(id);

        ResponseEntity<String> again = post("police.screener", "/api/missing-episodes",
                episodeJson("\"episodeId\":\"" + id + "\",", childId));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        RestApiTest.assertProblem(again);
        assertThat(eventsOf(id)).hasSize(1);

        String back = "{\"returnedAt\":\"" + returned + "\",\"whereFound\":\"park\",\"foundBy\":\"police\"}";
        ResponseEntity<String> returnedResponse = post("mash.chair", "/api/missing-episodes/" + id + "/return", back);
        assertThat(returnedResponse.getStatusCode()).as(returnedResponse.getBody()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> twice = post("mash.chair", "/api/missing-episodes/" + id + "/return", back);
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        RestApiTest.assertProblem(twice);
        assertThat(eventsOf(id)).hasSize(2);

        ResponseEntity<String> unknown = post("mash.chair", "/api/missing-episodes/no-such-" + run + "/return", back);
        assertThat(unknown.getStatusCode()).as(unknown.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
        RestApiTest.assertProblem(unknown);

        // the read side: eventually the episode with its return
        long deadline = System.nanoTime() + 20_000_000_000L;
        ResponseEntity<String> details;
        while (true) {
            details = calls().get("police.screener", "/api/missing-episodes/" + id);
            if (details.getStatusCode() == HttpStatus.OK && json.readTree(details.getBody()).hasNonNull("returnedAt")) {
                break;
            }
            assertThat(System.nanoTime()).as("the projection shows the episode: " + details).isLessThan(deadline);
            Thread.sleep(100);
        }
        JsonNode episode = json.readTree(details.getBody());
        assertThat(episode.get("childId").asText()).isEqualTo(childId);
        assertThat(episode.get("careAbsenceType").asText()).isEqualTo("M");
        assertThat(episode.get("whereFound").asText()).isEqualTo("park");
        assertThat(calls().get("police.screener", "/api/missing-episodes/none-" + run).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anEpisodeWithoutAnIdGetsOneAndBrokenRulesAre400ProblemsStoringNothing() throws Exception {
        String childId = registerChild();
        ResponseEntity<String> created = post("social.screener", "/api/missing-episodes", episodeJson("", childId));
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        String id = json.readTree(created.getBody()).get("episodeId").asText();
        assertThat(eventsOf(id)).hasSize(1);

        String badId = "bad-" + run;
        String noCareType = episodeJson("\"episodeId\":\"" + badId + "\",", childId).replace("\"M\"", "null");
        ResponseEntity<String> response = post("social.screener", "/api/missing-episodes", noCareType);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        RestApiTest.assertProblem(response);
        assertThat(response.getBody()).contains("choose M (missing) or A");
        ResponseEntity<String> noChild = post("social.screener", "/api/missing-episodes",
                episodeJson("\"episodeId\":\"" + badId + "\",", "no-child-" + run));
        assertThat(noChild.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noChild.getBody()).contains("There is no child record");
        ResponseEntity<String> unknownCode = post("social.screener", "/api/missing-episodes",
                episodeJson("\"episodeId\":\"" + badId + "\",", childId).replace("\"MEDIUM\"", "\"SEVERE\""));
        assertThat(unknownCode.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownCode.getBody()).contains("'riskLevel'");
        assertThat(eventsOf(badId)).isEmpty();
    }
}
