package org.convene.ui.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.testsupport.RestCalls.problemsOfRow;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.convene.coordination.referral.api.ReferralReceivedEvent;
import org.convene.testsupport.RestCalls;
import org.convene.ui.ConveneSpringTest;
import org.convene.intake.referral.PoliceNotificationFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The police notification import over REST: good files, bad rows, the same file twice. Data is fictitious. */
@ConveneSpringTest
class PoliceNotificationImportApiTest {

    static final String HEADER = "police_reference,received_at,incident_date,type,dash_level,urgent,child_name,"
            + "child_dob,child_sex,child_ethnicity,child_locality,child_nhs_number,adults,concerns,narrative\n";

    @Autowired TestRestTemplate rest;
    @Autowired EventStore eventStore;
    @Autowired org.axonframework.extensions.mongo.MongoTemplate axonMongo;
    private final ObjectMapper json = new ObjectMapper();
    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final String yesterday = LocalDate.now().minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    private final String lastWeek = LocalDate.now().minusDays(7).toString();

    ResponseEntity<String> importCsv(String user, String csv) {
        return calls().postCsv(user, "/api/referrals/import", csv);
    }

    JsonNode report(ResponseEntity<String> response) throws Exception {
        return calls().report(response);
    }

    RestCalls calls() {
        return new RestCalls(rest);
    }

    long storedEvents() {
        return axonMongo.eventCollection().countDocuments(new Document());
    }

    String goodFile() {
        return HEADER
                + "NP-" + run + "-1," + yesterday + " 09:30," + lastWeek + ",,high,yes,Amira Fenwick,04/05/2018,2,WBRI,"
                + "Northshire East,9434765919,Dana Fenwick (victim); Lee Fenwick (alleged perpetrator),3A;3B,"
                + "\"Police attended, children present. Fictitious.\"\n"
                + "NP-" + run + "-1,,,,,,Tobias Fenwick,2020-11-30,1,,Northshire East,,,,\n"
                + "NP-" + run + "-2," + LocalDate.now().minusDays(2) + "T22:15:00Z,,,standard,no,Zoë O’Neill,,f,,,,"
                + "Kim O'Neill (parent or carer),,Fictitious.\n"
                + "NP-" + run + "-3," + yesterday + " 08:00,,Professional concern,,,Lola Marchetti,2012-01-15,,,,,,,\n";
    }

    @Test
    void aGoodFileIsRecordedAsOneReferralPerPoliceReferenceWithItsChildren() throws Exception {
        JsonNode report = report(importCsv("police.screener", goodFile()));

        assertThat(report.get("summary").asText()).as(report.toPrettyString())
                .isEqualTo("3 referrals recorded, 0 already recorded, 0 refused (4 rows read).");
        assertThat(report.get("rows")).extracting(r -> r.get("row").asInt()).containsExactly(2, 3, 4, 5);
        assertThat(report.get("rows")).allMatch(r -> r.get("outcome").asText().equals("RECORDED"));

        String referralId = PoliceNotificationFile.referralIdFor("NP-" + run + "-1");
        var events = eventStore.readEvents(referralId).asStream().toList();
        assertThat(events).hasSize(1);
        ReferralReceivedEvent event = (ReferralReceivedEvent) events.get(0).getPayload();
        assertThat(event.childIds()).hasSize(2);
        assertThat(event.sourceCode()).isEqualTo("6");
        assertThat(event.externalReference()).isEqualTo("NP-" + run + "-1");
        assertThat(event.concernCodes()).containsExactly("3A", "3B");
        assertThat(event.adults()).hasSize(2);
        assertThat(event.urgent()).isTrue();
        assertThat(event.recordedBy().userId()).isEqualTo("police.screener");
        assertThat(event.childIds()).allMatch(id -> eventStore.readEvents(id).asStream().count() == 1);
    }

    @Test
    void aChildWithAnExistingRecordOfTheSameNameAndDateOfBirthIsNotRecordedAgain() throws Exception {
        String name = "Reuben Ashcombe" + run.replaceAll("[^A-Z]", "");
        ResponseEntity<String> created = calls().post("social.screener", "/api/children",
                "{\"fullName\":\"" + name + "\",\"dateOfBirth\":\"2014-06-09\"}");
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        String existing = json.readTree(created.getBody()).get("childId").asText();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!calls().get("social.screener", "/api/children/matches?name=" + name + "&dateOfBirth=2014-06-09")
                .getBody().contains(existing)) {
            assertThat(System.nanoTime()).as("the child projection lists the new record").isLessThan(deadline);
            Thread.sleep(100);
        }

        report(importCsv("police.screener", HEADER + "NP-" + run + "-9," + yesterday + " 09:30,,,medium,,"
                + name.toUpperCase() + ",09/06/2014,,,,,,,\n"));

        var event = (ReferralReceivedEvent) eventStore.readEvents(PoliceNotificationFile.referralIdFor(
                "NP-" + run + "-9")).asStream().toList().get(0).getPayload();
        assertThat(event.childIds()).containsExactly(existing);
    }

    @Test
    void importingTheSameFileTwiceRecordsNothingTheSecondTime() throws Exception {
        String file = goodFile();
        report(importCsv("mash.chair", file));
        long before = storedEvents();

        JsonNode second = report(importCsv("mash.chair", file));

        assertThat(second.get("summary").asText())
                .isEqualTo("0 referrals recorded, 3 already recorded, 0 refused (4 rows read).");
        assertThat(second.get("referrals")).allMatch(r -> r.get("outcome").asText().equals("ALREADY_RECORDED"));
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void badRowsAreListedWithTheirReasonsAndTheirReferralsRecordNothing() throws Exception {
        String longNarrative = "x".repeat(20_001);
        String csv = HEADER
                // row 2: good on its own, but its referral has a bad row 3: nothing of it is recorded
                + "BAD-" + run + "-1," + yesterday + " 10:00,,,medium,,Ada Brook,2016-03-03,,,,,,,\n"
                + "BAD-" + run + "-1,,,,,,<script>alert(1)</script>,2017-03-03,,,,,,,\n"
                // row 4: an impossible date and unknown codes
                + "BAD-" + run + "-2,31/02/2026 09:00,,,medium,,Ben Carter,2015-02-30,9,ZZZZ,,1234567890,,9Z,\n"
                // row 5: no child, unknown DASH level
                + "BAD-" + run + "-3," + yesterday + " 11:00,,,severe,,,,,,,,,,\n"
                // row 6: an oversized narrative
                + "BAD-" + run + "-4," + yesterday + " 12:00,,,high,,Cara Dunn,,,,,,,," + longNarrative + "\n"
                // row 7: a good referral in the same file is recorded
                + "OK-" + run + "-5," + yesterday + " 13:00,,,standard,,Dev Evans,2019-09-09,,,,,,,\n";
        long before = storedEvents();

        JsonNode report = report(importCsv("police.screener", csv));

        assertThat(report.get("summary").asText()).as(report.toPrettyString())
                .isEqualTo("1 referral recorded, 0 already recorded, 4 refused (6 rows read).");
        assertThat(problemsOfRow(report, 2)).as(report.toPrettyString()).singleElement().asString().contains("another row");
        assertThat(problemsOfRow(report, 3)).singleElement().asString()
                .contains("The child's name", "contains characters not used in names");
        assertThat(problemsOfRow(report, 4)).anyMatch(p -> p.contains("'31/02/2026 09:00' is not a real date"))
                .anyMatch(p -> p.contains("'2015-02-30' is not a real date"))
                .anyMatch(p -> p.contains("'9' is not a DfE sex code"))
                .anyMatch(p -> p.contains("'ZZZZ' is not a DfE ethnicity code"))
                .anyMatch(p -> p.contains("NHS number"))
                .anyMatch(p -> p.contains("'9Z' is not a DfE assessment-factor code"));
        assertThat(problemsOfRow(report, 5)).contains("The child's name is missing.")
                .anyMatch(p -> p.contains("DASH level 'severe'"));
        assertThat(problemsOfRow(report, 6)).anyMatch(p -> p.contains("narrative value is too long"));
        assertThat(report.get("rows").get(5).get("outcome").asText()).isEqualTo("RECORDED");

        // only the good referral and its one child were stored
        assertThat(storedEvents()).isEqualTo(before + 2);
        assertThat(eventStore.readEvents(PoliceNotificationFile.referralIdFor("BAD-" + run + "-1")).asStream()
                .count()).isZero();
        String goodChildOfRefusedReferral = PoliceNotificationFile.childIdFor("BAD-" + run + "-1", "Ada Brook",
                LocalDate.of(2016, 3, 3));
        assertThat(eventStore.readEvents(goodChildOfRefusedReferral).asStream().count()).isZero();
    }

    @Test
    void aMultipartUploadIsImportedToo() throws Exception {
        ResponseEntity<String> response = calls().upload("social.screener", "/api/referrals/import",
                "notifications.csv", HEADER + "UP-" + run + "," + yesterday + " 09:00,,,standard,,Eli Ford,2014-04-04,,,,,,,\n");
        assertThat(report(response).get("recorded").asInt()).isEqualTo(1);
    }

    @Test
    void onlyScreenersAndChairsMayImportAndOnlyWhenLoggedIn() throws Exception {
        long before = storedEvents();
        ResponseEntity<String> analyst = importCsv("analyst", goodFile());
        assertThat(analyst.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        RestApiTest.assertProblem(analyst);
        assertThat(importCsv(null, goodFile()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(storedEvents()).isEqualTo(before);
    }
}
