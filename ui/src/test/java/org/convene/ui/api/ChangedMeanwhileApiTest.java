package org.convene.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.convene.coordination.referral.api.RecordScreeningDecisionCommand;
import org.convene.coordination.referral.api.ReviseScreeningDecisionCommand;
import org.convene.coordination.referral.api.ScreeningDecision;
import org.convene.coordination.referral.api.ScreeningResponse;
import org.convene.coordination.shared.api.Roles;
import org.convene.infra.security.MongoUserDetailsService;
import org.convene.testsupport.Eventually;
import org.convene.testsupport.TestUsers;
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
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

/**
 * Issue 14 item 7 over REST: an edit sends the referral's version as read; a conflicting change
 * made since answers 409 with a problem naming the change, who and when, and records nothing.
 */
@ConveneSpringTest
class ChangedMeanwhileApiTest {

    @Autowired TestRestTemplate rest;
    @Autowired EventStore eventStore;
    @Autowired CommandGateway commands;
    @Autowired MongoUserDetailsService users;
    @Autowired org.springframework.data.mongodb.core.MongoTemplate mongo;
    private final ObjectMapper json = new ObjectMapper();

    private ResponseEntity<String> exchange(HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth("mash.chair", ConveneSpringTest.DEMO_PASSWORD);
        return rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private static ScreeningDecision decision(String rationale) {
        return new ScreeningDecision(List.of("northshire-police", "northshire-csc"), ScreeningResponse.EARLY_HELP,
                null, 3, 2, rationale, List.of());
    }

    private static String revision(String rationale, Long version) {
        return """
                {"decision":{"agenciesPresent":["northshire-csc"],"response":"CHILD_AND_FAMILY_ASSESSMENT",
                 "levelOfNeed":3,"riskScale":3,"rationale":"%s","actions":[]},
                 "reason":"New information. Fictitious."%s}
                """.formatted(rationale, version == null ? "" : ",\"version\":" + version);
    }

    private long eventsOf(String referralId) {
        return eventStore.readEvents(referralId).asStream().count();
    }

    @Test
    void aRevisionSentWithTheVersionReadBeforeAnotherChairsRevisionAnswers409NamingIt() throws Exception {
        mongo.getCollection("users").replaceOne(Filters.eq("_id", "mash.deputy"),
                new Document("_id", "mash.deputy").append("passwordHash", "not-used-by-this-test")
                        .append("displayName", "Kim Ward (deputy MASH manager)").append("agencyId", "northshire-police")
                        .append("roles", List.of(Roles.MEETING_CHAIR)).append("enabled", true),
                new ReplaceOptions().upsert(true));
        HttpHeaders police = new HttpHeaders();
        police.setContentType(MediaType.APPLICATION_JSON);
        police.setBasicAuth("police.screener", ConveneSpringTest.DEMO_PASSWORD);
        String childId = json.readTree(rest.exchange("/api/children", HttpMethod.POST,
                new HttpEntity<>(RestApiTest.CHILD, police), String.class).getBody()).get("childId").asText();
        String referralId = json.readTree(rest.exchange("/api/referrals", HttpMethod.POST,
                new HttpEntity<>(RestApiTest.referral("", childId), police), String.class).getBody())
                .get("referralId").asText();
        TestUsers.run(users, "mash.chair", () -> commands.sendAndWait(new RecordScreeningDecisionCommand(referralId,
                UUID.randomUUID().toString(), decision("First view. Fictitious."))));
        JsonNode read = json.readTree(Eventually.await(() -> exchange(HttpMethod.GET, "/api/referrals/" + referralId,
                        null), r -> r.getStatusCode() == HttpStatus.OK && r.getBody().contains("\"DECIDED\""),
                Duration.ofSeconds(30)).getBody());
        long version = read.get("version").asLong();
        assertThat(version).isEqualTo(eventsOf(referralId) - 1);

        TestUsers.run(users, "mash.deputy", () -> commands.sendAndWait(new ReviseScreeningDecisionCommand(referralId,
                UUID.randomUUID().toString(), decision("Deputy's view. Fictitious."), "Health disclosed an injury.")));
        long before = eventsOf(referralId);

        ResponseEntity<String> refused = exchange(HttpMethod.POST, "/api/referrals/" + referralId + "/revisions",
                revision("My view. Fictitious.", version));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        RestApiTest.assertProblem(refused);
        JsonNode problem = json.readTree(refused.getBody());
        assertThat(problem.get("detail").asText())
                .startsWith("While you had this open, mash.deputy (Northshire Police) revised the decision at ")
                .contains("Nothing of yours was saved");
        assertThat(problem.get("changedBy").asText()).isEqualTo("mash.deputy");
        assertThat(problem.get("changedByAgency").asText()).isEqualTo("northshire-police");
        assertThat(problem.get("change").asText()).isEqualTo("revised the decision");
        assertThat(eventsOf(referralId)).as("nothing recorded").isEqualTo(before);

        ResponseEntity<String> noVersion = exchange(HttpMethod.POST, "/api/referrals/" + referralId + "/revisions",
                revision("My view. Fictitious.", null));
        assertThat(noVersion.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(noVersion.getBody()).get("detail").asText()).contains("version");

        ResponseEntity<String> fresh = exchange(HttpMethod.POST, "/api/referrals/" + referralId + "/revisions",
                revision("My view, having read the deputy's. Fictitious.", before - 1));
        assertThat(fresh.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(eventsOf(referralId)).isEqualTo(before + 1);
    }
}
