package org.convene.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.referral.api.ReferralReceivedEvent;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.infra.projection.ProjectionRebuilder;
import org.convene.infra.security.MongoUserDetailsService;
import org.convene.query.referral.api.FindRecentReferralsQuery;
import org.convene.query.referral.api.ReferralSummary;
import org.convene.testsupport.Eventually;
import org.convene.testsupport.TestReferrals;
import org.convene.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The referral slice end to end on the embedded store: commands through the gateway, events in
 * the MongoDB event store, the projection in MongoDB, the query; and the checks behind the UI.
 */
@SpringBootTest
class ReferralFlowTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("convene-flow-test");
        registry.add("convene.store.data-dir", dir::toString);
        registry.add("convene.demo.referrals", () -> "false");
    }

    @Autowired CommandGateway commands;
    @Autowired QueryGateway queries;
    @Autowired EventStore eventStore;
    @Autowired MongoUserDetailsService users;
    @Autowired MongoTemplate mongo;
    @Autowired ProjectionRebuilder rebuilder;
    @Autowired org.springframework.boot.actuate.health.HealthEndpoint healthEndpoint;

    private String record(String user, String id, String childName) throws Exception {
        return TestUsers.as(users, user, () -> TestReferrals.childAndReferral(commands, id, childName,
                ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION, false));
    }

    private List<ReferralSummary> list() {
        try {
            return TestUsers.as(users, "mash.chair", () -> queries.query(new FindRecentReferralsQuery(500),
                    ResponseTypes.multipleInstancesOf(ReferralSummary.class)).join());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ReferralSummary awaitListed(String id) throws InterruptedException {
        List<ReferralSummary> rows = Eventually.await(this::list,
                l -> l.stream().anyMatch(r -> r.referralId().equals(id)), Duration.ofSeconds(20));
        return rows.stream().filter(r -> r.referralId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aRecordedReferralIsStoredAsAnEventWithWhoAndWhenAndListedByTheProjection() throws Exception {
        String id = UUID.randomUUID().toString();
        record("police.screener", id, "Amira Fenwick");

        var events = eventStore.readEvents(id).asStream().toList();
        assertThat(events).hasSize(1);
        ReferralReceivedEvent event = (ReferralReceivedEvent) events.get(0).getPayload();
        assertThat(event.recordedBy().userId()).isEqualTo("police.screener");
        assertThat(event.recordedBy().agencyId()).isEqualTo("northshire-police");
        assertThat(event.recordedAt()).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1,
                ChronoUnit.MINUTES));
        assertThat(events.get(0).getMetaData()).containsEntry("userId", "police.screener");

        ReferralSummary row = awaitListed(id);
        assertThat(row.childName()).isEqualTo("Amira Fenwick");
        assertThat(row.sourceDescription()).isEqualTo("POLICE.");
        assertThat(row.recordedByAgency()).isEqualTo("northshire-police");
    }

    @Test
    void recordingTheSameReferralTwiceRecordsItOnce() throws Exception {
        String id = UUID.randomUUID().toString();
        String childId = record("police.screener", id, "Tobias Quill");
        assertThatThrownBy(() -> TestUsers.run(users, "social.screener", () -> commands.sendAndWait(
                TestReferrals.referral(id, childId, ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION, false))))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(eventStore.readEvents(id).asStream().count()).isEqualTo(1);
    }

    @Test
    void invalidInputIsRefusedWithAClearMessageAndNothingIsStored() {
        String id = UUID.randomUUID().toString();
        assertThatThrownBy(() -> TestUsers.run(users, "police.screener",
                () -> commands.sendAndWait(TestReferrals.referral(id, "no-such-child", ReferralType.OTHER, false))))
                .isInstanceOf(CommandRejectedException.class)
                .hasMessageContaining("There is no child record no-such-child.");
        assertThat(eventStore.readEvents(id).asStream().count()).isZero();
    }

    @Test
    void rolesAreEnforcedOnCommandsAndQueriesBehindTheUi() {
        String id = UUID.randomUUID().toString();
        assertThatThrownBy(() -> record("analyst", id, "Lola Marchetti"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Screener");
        assertThatThrownBy(() -> commands.sendAndWait(TestReferrals.referral(id, "any", ReferralType.OTHER, false)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> TestUsers.as(users, "analyst", () -> queries.query(new FindRecentReferralsQuery(10),
                ResponseTypes.multipleInstancesOf(ReferralSummary.class)).join()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(eventStore.readEvents(id).asStream().count()).isZero();
    }

    @Test
    void healthReportsTheStore() {
        var health = healthEndpoint.healthForPath("mongo");
        assertThat(health).isNotNull();
        assertThat(health.getStatus()).isEqualTo(org.springframework.boot.actuate.health.Status.UP);
        assertThat(healthEndpoint.health().getStatus()).isEqualTo(org.springframework.boot.actuate.health.Status.UP);
    }

    @Test
    void theProjectionCanBeRebuiltFromTheEventStoreWithTheSameResult() throws Exception {
        for (int i = 0; i < 5; i++) {
            String id = UUID.randomUUID().toString();
            record("police.screener", id, "Child " + (char) ('A' + i) + " Fenwick");
            awaitListed(id);
        }
        List<ReferralSummary> before = list();

        mongo.getCollection("referral_list").deleteMany(new org.bson.Document());
        assertThat(list()).isEmpty();
        rebuilder.rebuild("referral-list", Duration.ofSeconds(10));

        assertThat(list()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(rebuilder.projections()).contains("referral-list", "screening", "missing")
                .noneMatch(name -> name.endsWith("SagaProcessor"));
        assertThatThrownBy(() -> rebuilder.rebuild("ReturnInterviewSagaProcessor", Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No projection called");
    }
}
