package org.convene.infra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.convene.infra.axon.ConveneEventStorageEngine;
import org.convene.infra.axon.LimitedFetchStorageStrategy;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import java.util.Set;

import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.AssociationValuesImpl;
import org.convene.infra.axon.AxonMongoConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;

/**
 * What Convene needs from its store, run against the embedded store and against a real MongoDB:
 * the event store keeps events per aggregate in order, refuses a second event with the same
 * aggregate id and sequence number (so concurrent writers cannot both win), streams events to
 * tracking processors, the token store keeps the processors' positions, and the saga store finds
 * sagas by identifier and by association with its indexes.
 */
abstract class EventStoreContract {

    /** A payload like Convene's events: a record with java.time fields. */
    record SomethingRecorded(String id, String text, Instant at) {
    }

    protected abstract MongoClient client();

    protected Serializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();
    protected String database;

    @BeforeEach
    void freshDatabase() {
        database = "contract_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    protected MongoTemplate template() {
        return DefaultMongoTemplate.builder().mongoDatabase(client(), database).build();
    }

    protected MongoEventStorageEngine engine() {
        MongoEventStorageEngine engine = new ConveneEventStorageEngine(MongoEventStorageEngine.builder()
                .storageStrategy(new LimitedFetchStorageStrategy())
                .eventSerializer(serializer)
                .snapshotSerializer(serializer), template());
        engine.ensureIndexes();
        return engine;
    }

    protected static DomainEventMessage<SomethingRecorded> event(String aggregateId, long sequence, String text) {
        return new GenericDomainEventMessage<>("Referral", aggregateId, sequence,
                new SomethingRecorded(aggregateId, text, Instant.parse("2026-11-23T09:00:00Z")));
    }

    protected static List<String> texts(MongoEventStorageEngine engine, String aggregateId) {
        return engine.readEvents(aggregateId).asStream()
                .map(e -> ((SomethingRecorded) e.getPayload()).text())
                .collect(Collectors.toList());
    }

    @Test
    void appendsAndReadsEventsOfOneAggregateInOrder() {
        MongoEventStorageEngine engine = engine();
        engine.appendEvents(event("a-1", 0, "first"), event("a-1", 1, "second"));
        engine.appendEvents(event("b-1", 0, "other aggregate"));
        engine.appendEvents(event("a-1", 2, "third"));

        assertThat(texts(engine, "a-1")).containsExactly("first", "second", "third");
        assertThat(texts(engine, "b-1")).containsExactly("other aggregate");
        assertThat(engine.lastSequenceNumberFor("a-1")).hasValue(2L);
    }

    @Test
    void refusesASecondEventWithTheSameAggregateAndSequenceNumber() {
        MongoEventStorageEngine engine = engine();
        engine.appendEvents(event("a-1", 0, "original"), event("a-1", 1, "next"));

        assertThatThrownBy(() -> engine.appendEvents(event("a-1", 1, "duplicate")))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(texts(engine, "a-1")).containsExactly("original", "next");
    }

    @Test
    void refusesToCreateAnAggregateTwiceWithTheSameId() {
        MongoEventStorageEngine engine = engine();
        engine.appendEvents(event("a-1", 0, "original"));

        assertThatThrownBy(() -> engine.appendEvents(event("a-1", 0, "second creation")))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(texts(engine, "a-1")).containsExactly("original");
    }

    @Test
    void twoWritersAppendingTheSameNextEventConcurrentlyOneWinsTheOtherFailsCleanly() throws Exception {
        // Two application nodes, each with its own engine, both loaded the aggregate at sequence 0.
        MongoEventStorageEngine nodeA = engine();
        MongoEventStorageEngine nodeB = engine();
        nodeA.appendEvents(event("a-1", 0, "recorded"));

        for (int round = 1; round <= 10; round++) {
            long sequence = round;
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Callable<String> writeA = () -> append(start, nodeA, event("a-1", sequence, "A" + sequence));
                Callable<String> writeB = () -> append(start, nodeB, event("a-1", sequence, "B" + sequence));
                Future<String> a = pool.submit(writeA);
                Future<String> b = pool.submit(writeB);
                List<String> outcomes = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));

                assertThat(outcomes).as("round %d", round).containsOnlyOnce("won").containsOnlyOnce("conflict");
            } finally {
                pool.shutdownNow();
            }
        }
        List<String> stored = texts(nodeA, "a-1");
        assertThat(stored).hasSize(11).startsWith("recorded");
        assertThat(texts(nodeB, "a-1")).isEqualTo(stored);
    }

    private static String append(CyclicBarrier start, MongoEventStorageEngine engine, DomainEventMessage<?> event)
            throws Exception {
        start.await(10, TimeUnit.SECONDS);
        try {
            engine.appendEvents(event);
            return "won";
        } catch (ConcurrencyException e) {
            return "conflict";
        }
    }

    @Test
    void streamsAllEventsInAppendOrderToTrackingProcessors() {
        MongoEventStorageEngine engine = engine();
        for (int i = 0; i < 30; i++) {
            engine.appendEvents(event("agg-" + (i % 3), i / 3, "e" + i));
        }
        List<String> seen = new ArrayList<>();
        TrackingToken token = null;
        List<? extends TrackedEventMessage<?>> batch;
        do {
            batch = engine.readEvents(token, false).limit(7).collect(Collectors.toList());
            for (TrackedEventMessage<?> m : batch) {
                seen.add(((SomethingRecorded) m.getPayload()).text());
                token = m.trackingToken();
            }
        } while (!batch.isEmpty());

        assertThat(seen).hasSize(30).doesNotHaveDuplicates();
        for (int agg = 0; agg < 3; agg++) {
            String prefix = "agg-" + agg;
            List<String> ofAggregate = texts(engine, prefix);
            assertThat(seen).containsSubsequence(ofAggregate);
        }
    }

    @Test
    void theHeadIsTheNewestEventSoACatchUpReplayEndsThereWithASmallToken() {
        MongoEventStorageEngine engine = engine();
        assertThat(engine.createHeadToken()).as("an empty store has no head: start from the beginning").isNull();

        // A history recorded with past times (a migration, the demo month, the synthetic county), a
        // few events in the same second, appended after "now" had passed those times.
        Instant first = Instant.parse("2025-01-06T08:00:00Z");
        int count = 600;
        for (int i = 0; i < count; i++) {
            Instant at = first.plusSeconds(i < 590 ? i * 3600L : 590 * 3600L + i);
            engine.appendEvents(new GenericDomainEventMessage<>("Referral", "agg-" + i, 0,
                    new SomethingRecorded("agg-" + i, "e" + i, at), MetaData.emptyInstance(),
                    UUID.randomUUID().toString(), at));
        }
        TrackingToken head = engine.createHeadToken();
        assertThat(((MongoTrackingToken) head).getTimestamp()).isEqualTo(first.plusSeconds(590 * 3600L + count - 1));

        // A new processor catches up as a replay (Axon's default initial token) of exactly the stored
        // events, and its token never holds more than the look-back window's events; the next event
        // recorded is live.
        TrackingToken token = ReplayToken.createReplayToken(head);
        List<Boolean> replayed = new ArrayList<>();
        int largest = 0;
        for (int round = 0; round < 2; round++) {
            List<? extends TrackedEventMessage<?>> batch;
            do {
                batch = engine.readEvents(WrappedToken.unwrapLowerBound(token), false).limit(50)
                        .collect(Collectors.toList());
                for (TrackedEventMessage<?> m : batch) {
                    token = token instanceof WrappedToken wrapped ? wrapped.advancedTo(m.trackingToken())
                            : m.trackingToken();
                    replayed.add(ReplayToken.isReplay(token));
                    largest = Math.max(largest, knownIds(token));
                }
            } while (!batch.isEmpty());
            if (round == 0) {
                engine.appendEvents(event("live", 0, "recorded after the catch-up"));
            }
        }
        assertThat(replayed).hasSize(count + 1);
        assertThat(replayed.subList(0, count)).as("the history is a replay").containsOnly(true);
        assertThat(replayed.get(count)).as("the new event is live").isFalse();
        assertThat(largest).as("ids held in the token").isLessThanOrEqualTo(2 * 11);
    }

    private static int knownIds(TrackingToken token) {
        int ids = 0;
        if (token instanceof ReplayToken replay) {
            ids += knownIds(replay.getTokenAtReset()) + knownIds(replay.getCurrentToken());
        } else if (token instanceof MongoTrackingToken mongo) {
            ids += mongo.getKnownEventIds().size();
        }
        return ids;
    }

    @Test
    void tokenStoreKeepsTheProcessorsPosition() {
        TokenStore tokens = MongoTokenStore.builder().mongoTemplate(template()).serializer(serializer)
                .ensureIndexes(true).build();
        tokens.initializeTokenSegments("referral-list", 1);
        tokens.storeToken(new GlobalSequenceTrackingToken(41), "referral-list", 0);

        TokenStore otherNode = MongoTokenStore.builder().mongoTemplate(template()).serializer(serializer)
                .nodeId("other").build();
        tokens.releaseClaim("referral-list", 0);
        assertThat(otherNode.fetchToken("referral-list", 0)).isEqualTo(new GlobalSequenceTrackingToken(41));
        assertThat(otherNode.fetchSegments("referral-list")).containsExactly(0);
    }

    /** A saga's state, as Convene's sagas keep it. */
    public static class Watcher {
        public String childId;
        public int episodes;
    }

    @Test
    void sagaStoreFindsLoadsUpdatesAndDeletesSagasThroughItsIndexes() {
        MongoTemplate template = template();
        AxonMongoConfiguration.ensureSagaIndexes(template.sagaCollection());
        AxonMongoConfiguration.ensureSagaIndexes(template.sagaCollection());   // every start: no error, no change
        MongoSagaStore sagas = MongoSagaStore.builder().mongoTemplate(template).serializer(serializer).build();
        for (int i = 0; i < 60; i++) {
            Watcher watcher = new Watcher();
            watcher.childId = "child-" + (i % 20);
            watcher.episodes = i;
            sagas.insertSaga(Watcher.class, "saga-" + i, watcher,
                    Set.of(new AssociationValue("childId", watcher.childId), new AssociationValue("episodeId", "e-" + i)));
        }

        assertThat(sagas.findSagas(Watcher.class, new AssociationValue("childId", "child-7")))
                .containsExactlyInAnyOrder("saga-7", "saga-27", "saga-47");
        assertThat(sagas.findSagas(Watcher.class, new AssociationValue("episodeId", "e-33"))).containsExactly("saga-33");
        assertThat(sagas.findSagas(Watcher.class, new AssociationValue("childId", "e-33"))).isEmpty();
        assertThat(sagas.findSagas(Object.class, new AssociationValue("childId", "child-7"))).isEmpty();
        assertThat(sagas.loadSaga(Watcher.class, "saga-27").saga().episodes).isEqualTo(27);

        AssociationValuesImpl moved = new AssociationValuesImpl(Set.of(new AssociationValue("childId", "child-99")));
        Watcher updated = sagas.loadSaga(Watcher.class, "saga-27").saga();
        updated.episodes = 270;
        sagas.updateSaga(Watcher.class, "saga-27", updated, moved);
        assertThat(sagas.findSagas(Watcher.class, new AssociationValue("childId", "child-7")))
                .containsExactlyInAnyOrder("saga-7", "saga-47");
        assertThat(sagas.findSagas(Watcher.class, new AssociationValue("childId", "child-99"))).containsExactly("saga-27");
        assertThat(sagas.findSagas(Watcher.class, new AssociationValue("episodeId", "e-27"))).isEmpty();
        assertThat(sagas.loadSaga(Watcher.class, "saga-27").saga().episodes).isEqualTo(270);

        sagas.deleteSaga(Watcher.class, "saga-7", Set.of());
        assertThat(sagas.loadSaga(Watcher.class, "saga-7")).isNull();
        assertThat(sagas.findSagas(Watcher.class, new AssociationValue("childId", "child-7"))).containsExactly("saga-47");

        Watcher twin = new Watcher();
        assertThatThrownBy(() -> sagas.insertSaga(Watcher.class, "saga-8", twin, Set.of()))
                .as("a saga identifier is unique")
                .isInstanceOf(com.mongodb.MongoWriteException.class);
        assertThat(template.sagaCollection().listIndexes().map(index -> index.get("key", org.bson.Document.class)
                .keySet().iterator().next()).into(new ArrayList<>()))
                .contains("sagaIdentifier", "associations");
    }
}
