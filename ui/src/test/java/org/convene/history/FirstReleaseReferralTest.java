package org.convene.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.convene.coordination.referral.api.ChildWithoutRecord;
import org.convene.coordination.referral.api.RecordAgencyContributionCommand;
import org.convene.coordination.referral.api.ReferralReceivedEvent;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.coordination.referral.api.WithdrawReferralCommand;
import org.convene.coordination.shared.api.RecordedBy;
import org.convene.infra.security.MongoUserDetailsService;
import org.convene.query.referral.api.ChildRef;
import org.convene.query.referral.api.FindMeetingBoardQuery;
import org.convene.query.referral.api.FindRecentReferralsQuery;
import org.convene.query.referral.api.FindReferralDetailsQuery;
import org.convene.query.referral.api.MeetingBoardItem;
import org.convene.query.referral.api.ReferralDetails;
import org.convene.query.referral.api.ReferralStatus;
import org.convene.query.referral.api.ReferralSummary;
import org.convene.testsupport.Eventually;
import org.convene.testsupport.TestUsers;
import org.convene.ui.ConveneSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The first release stored referrals as {@code ReferralRecordedEvent} (one child by name, no child
 * record). Today an upcaster reads them as {@link ReferralReceivedEvent} (decision 0027): with the
 * same data, and the aggregate and projections build what they built before from the old event.
 */
@ConveneSpringTest
class FirstReleaseReferralTest {

    private static final String SAMPLE = "org.convene.coordination.referral.api.ReferralRecordedEvent.json";
    private static final Duration PROJECTED = Duration.ofMinutes(1);

    @Autowired @Qualifier("eventSerializer") Serializer eventSerializer;
    @Autowired Configuration axon;
    @Autowired org.axonframework.extensions.mongo.MongoTemplate axonMongoTemplate;
    @Autowired EventStore eventStore;
    @Autowired CommandGateway commands;
    @Autowired QueryGateway queries;
    @Autowired MongoUserDetailsService users;
    private StoredEvents stored;

    @BeforeEach
    void reader() {
        stored = new StoredEvents(eventSerializer, axon.upcasterChain());
    }

    private static ReferralReceivedEvent asReadToday(String referralId) {
        return new ReferralReceivedEvent(referralId, Instant.parse("2026-11-20T08:15:00Z"), "6",
                ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION, null, List.of(),
                List.of(new ChildWithoutRecord("Amira Fenwick", LocalDate.of(2018, 5, 4))), List.of(), List.of(), null,
                "Police attended; the child was present. Fictitious.", true, null,
                new RecordedBy("police.screener", "northshire-police"), Instant.parse("2026-11-20T08:20:31.123Z"));
    }

    @Test
    void theStoredEventReadsBackAsAReferralReceivedWithTheSameData() {
        StoredEvents.Read read = stored.read(StoredEvents.sample(SAMPLE));

        assertThat(read.type().getName()).isEqualTo(ReferralReceivedEvent.class.getName());
        assertThat(read.type().getRevision()).isEqualTo("2");
        assertThat(read.event()).isEqualTo(asReadToday("5b0f2a2e-7d0c-4b5e-9a51-1f6d8f0c2a11"));
    }

    @Test
    void aReferralStoredByTheFirstReleaseIsShownAsBeforeAndCanBeWorkedOn() throws Exception {
        String referralId = UUID.randomUUID().toString();
        storeAsTheFirstReleaseDid(referralId);

        assertThat(eventStore.readEvents(referralId).asStream().map(m -> (Object) m.getPayload()).toList())
                .containsExactly(asReadToday(referralId));

        ReferralSummary listed = Eventually.await(() -> query(new FindRecentReferralsQuery(500), ReferralSummary.class)
                .stream().filter(r -> r.referralId().equals(referralId)).findFirst().orElse(null), r -> r != null, PROJECTED);
        assertThat(listed.childName()).isEqualTo("Amira Fenwick");
        assertThat(listed.childDateOfBirth()).isEqualTo(LocalDate.of(2018, 5, 4));
        assertThat(listed.urgent()).isTrue();
        assertThat(listed.recordedByUser()).isEqualTo("police.screener");

        ChildRef child = new ChildRef(null, "Amira Fenwick", LocalDate.of(2018, 5, 4), false);
        MeetingBoardItem onBoard = Eventually.await(() -> query(new FindMeetingBoardQuery(), MeetingBoardItem.class)
                .stream().filter(i -> i.referralId().equals(referralId)).findFirst().orElse(null), i -> i != null, PROJECTED);
        assertThat(onBoard.children()).containsExactly(child);
        assertThat(onBoard.dashLevel()).isNull();

        ReferralDetails details = TestUsers.as(users, "mash.chair", () -> queries.query(
                new FindReferralDetailsQuery(referralId), ReferralDetails.class).join());
        assertThat(details.status()).isEqualTo(ReferralStatus.AWAITING_SCREENING);
        assertThat(details.children()).containsExactly(child);
        assertThat(details.incidentDate()).isNull();
        assertThat(details.adults()).isEmpty();
        assertThat(details.concernCodes()).isEmpty();
        assertThat(details.externalReference()).isNull();
        assertThat(details.narrative()).isEqualTo("Police attended; the child was present. Fictitious.");

        TestUsers.run(users, "mash.chair", () -> commands.sendAndWait(
                new RecordAgencyContributionCommand(referralId, false, "Nothing held.")));
        // withdrawn again, so the application the view tests share shows no extra referral on its board
        TestUsers.run(users, "mash.chair", () -> commands.sendAndWait(
                new WithdrawReferralCommand(referralId, "Test referral, recorded in error.")));
        assertThat(eventStore.readEvents(referralId).asStream().count()).isEqualTo(3);
        Eventually.await(() -> query(new FindMeetingBoardQuery(), MeetingBoardItem.class).stream()
                .noneMatch(i -> i.referralId().equals(referralId)), gone -> gone, PROJECTED);
    }

    /** The stored sample, under a new referral id, written to the event store as the first release wrote it. */
    private void storeAsTheFirstReleaseDid(String referralId) {
        String payload = StoredEvents.sample(SAMPLE).json().replace("5b0f2a2e-7d0c-4b5e-9a51-1f6d8f0c2a11", referralId);
        axonMongoTemplate.eventCollection().insertOne(new Document()
                .append("aggregateIdentifier", referralId)
                .append("type", "Referral")
                .append("sequenceNumber", 0L)
                .append("serializedPayload", payload)
                .append("timestamp", DateTimeUtils.formatInstant(Instant.now()))
                .append("payloadType", "org.convene.coordination.referral.api.ReferralRecordedEvent")
                .append("payloadRevision", null)
                .append("serializedMetaData", eventSerializer.serialize(MetaData.emptyInstance(), String.class).getData())
                .append("eventIdentifier", UUID.randomUUID().toString()));
    }

    private <T> List<T> query(Object query, Class<T> type) {
        try {
            return TestUsers.as(users, "mash.chair",
                    () -> queries.query(query, ResponseTypes.multipleInstancesOf(type)).join());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
