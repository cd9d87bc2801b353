package org.convene.infra.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.ScopeAware;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.saga.SagaScopeDescriptor;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.convene.infra.store.StartedEmbeddedStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * Deadlines fire at least once (decision 0019): claimed with an owner and a lease, deleted only after
 * their unit of work commits, fired again when the lease of a process that died runs out, retried
 * with back-off when the handler fails, and dead-lettered (kept, with the error) when they cannot be
 * read. On the embedded store, as the application runs.
 */
class MongoDeadlineManagerTest {

    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration RETRY_FIRST = Duration.ofSeconds(30);
    private static final ScopeDescriptor SAGA = new SagaScopeDescriptor("ReturnInterviewSaga", "saga-1");

    /** A deadline's payload, as a saga's would be. */
    public record Due(String episodeId) {
    }

    @RegisterExtension
    final StartedEmbeddedStore embedded = new StartedEmbeddedStore();
    private MongoCollection<Document> deadlines;
    private MongoCollection<Document> deadLetters;
    private final Clock realClock = GenericEventMessage.clock;
    private Instant now = Instant.parse("2026-12-01T10:00:00Z");
    private final List<DeadlineMessage<?>> delivered = new ArrayList<>();
    private Consumer<DeadlineMessage<?>> handler = m -> { };

    @BeforeEach
    void collectionsAndClock() {
        deadlines = embedded.client().getDatabase("convene").getCollection("deadlines");
        deadLetters = embedded.client().getDatabase("convene").getCollection("dead_deadlines");
        setClock(now);
    }

    @AfterEach
    void realClock() {
        GenericEventMessage.clock = realClock;
    }

    private void setClock(Instant at) {
        now = at;
        GenericEventMessage.clock = Clock.fixed(at, ZoneOffset.UTC);
    }

    /** A manager (one application instance) delivering to a saga that runs {@link #handler}. */
    private MongoDeadlineManager manager() {
        ScopeAware saga = new ScopeAware() {
            @Override
            public void send(Message<?> message, ScopeDescriptor scope) {
                delivered.add((DeadlineMessage<?>) message);
                handler.accept((DeadlineMessage<?>) message);
            }

            @Override
            public boolean canResolve(ScopeDescriptor scope) {
                return SAGA.equals(scope);
            }
        };
        return new MongoDeadlineManager(() -> deadlines, () -> deadLetters, scope -> Stream.of(saga),
                JacksonSerializer.defaultSerializer(), NoTransactionManager.instance(),
                new MongoDeadlineManager.Timings(Duration.ofSeconds(1), LEASE, RETRY_FIRST, Duration.ofHours(1)));
    }

    private String scheduleDueNow(MongoDeadlineManager manager) {
        return manager.schedule(now, "return-interview-due", new Due("ep-1"), SAGA);
    }

    @Test
    void aDueDeadlineIsClaimedWithAnOwnerAndALeaseWhileItFires() {
        MongoDeadlineManager manager = manager();
        String id = scheduleDueNow(manager);
        List<Document> whileFiring = new ArrayList<>();
        handler = m -> whileFiring.add(deadlines.find(Filters.eq("_id", id)).first());

        assertThat(manager.fireDueDeadlines()).isEqualTo(1);

        assertThat(delivered).hasSize(1);
        assertThat(delivered.get(0).getPayload()).isEqualTo(new Due("ep-1"));
        assertThat(delivered.get(0).getTimestamp()).isEqualTo(now);
        assertThat(whileFiring).hasSize(1);
        Document claimed = whileFiring.get(0);
        assertThat(claimed).as("the deadline is still stored while it fires").isNotNull();
        assertThat(claimed.getString("owner")).isEqualTo(manager.owner());
        assertThat(claimed.getDate("leaseUntil").toInstant()).isEqualTo(now.plus(LEASE));
        assertThat(manager.pending()).as("deleted once it has fired").isZero();
    }

    @Test
    void aDeadlineIsDeletedOnlyAfterItsUnitOfWorkCommits() {
        MongoDeadlineManager manager = manager();
        String id = scheduleDueNow(manager);
        List<Boolean> storedAtCommit = new ArrayList<>();
        handler = m -> CurrentUnitOfWork.get().onCommit(
                u -> storedAtCommit.add(deadlines.countDocuments(Filters.eq("_id", id)) == 1));

        manager.fireDueDeadlines();

        assertThat(storedAtCommit).containsExactly(true);
        assertThat(manager.pending()).isZero();
    }

    @Test
    void whenTheProcessFiringADeadlineDiesItFiresAgainOnceTheLeaseRunsOut() {
        MongoDeadlineManager died = manager();
        scheduleDueNow(died);
        // The first instance claims the deadline and dies before its unit of work commits.
        assertThat(died.claimNext()).isNotNull();

        MongoDeadlineManager survivor = manager();
        assertThat(survivor.fireDueDeadlines()).as("not while the lease lasts").isZero();
        setClock(now.plus(LEASE).minusSeconds(1));
        assertThat(survivor.fireDueDeadlines()).isZero();
        setClock(now.plusSeconds(2));

        assertThat(survivor.fireDueDeadlines()).as("fired again once the lease has run out").isEqualTo(1);
        assertThat(delivered).hasSize(1);
        assertThat(survivor.pending()).isZero();
    }

    @Test
    void aDeadlineWhoseHandlerFailsIsKeptAndRetriedWithBackOff() {
        MongoDeadlineManager manager = manager();
        String id = scheduleDueNow(manager);
        handler = m -> {
            throw new IllegalStateException("the command bus is down");
        };

        assertThat(manager.fireDueDeadlines()).isZero();
        Document failed = deadlines.find(Filters.eq("_id", id)).first();
        assertThat(failed).isNotNull();
        assertThat(failed.getInteger("attempts")).isEqualTo(1);
        assertThat(failed.getString("lastError")).contains("the command bus is down");
        assertThat(failed.get("owner")).isNull();
        assertThat(failed.getDate("leaseUntil").toInstant()).isEqualTo(now.plus(RETRY_FIRST));
        assertThat(manager.failing()).isEqualTo(1);

        setClock(now.plus(RETRY_FIRST));
        assertThat(manager.fireDueDeadlines()).isZero();
        assertThat(deadlines.find(Filters.eq("_id", id)).first().getDate("leaseUntil").toInstant())
                .as("the second wait is twice the first").isEqualTo(now.plus(RETRY_FIRST.multipliedBy(2)));

        handler = m -> { };
        setClock(now.plus(RETRY_FIRST.multipliedBy(2)));
        assertThat(manager.fireDueDeadlines()).isEqualTo(1);
        assertThat(delivered).hasSize(3);
        assertThat(manager.pending()).isZero();
    }

    @Test
    void theBackOffDoublesUpToItsMaximum() {
        MongoDeadlineManager manager = manager();
        assertThat(manager.backOff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(manager.backOff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(manager.backOff(4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(manager.backOff(50)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aDeadlineWhosePayloadCannotBeReadIsDeadLetteredWithTheErrorAndCanBeRetriedAfterAFix() {
        MongoDeadlineManager manager = manager();
        String id = scheduleDueNow(manager);
        String payload = deadlines.find(Filters.eq("_id", id)).first().getString("payload");
        deadlines.updateOne(Filters.eq("_id", id), Updates.set("payload", "{\"episodeId\": "));

        assertThat(manager.fireDueDeadlines()).isZero();

        assertThat(delivered).isEmpty();
        assertThat(manager.pending()).isZero();
        assertThat(manager.deadLettered()).isEqualTo(1);
        Document dead = deadLetters.find(Filters.eq("_id", id)).first();
        assertThat(dead.getString("name")).isEqualTo("return-interview-due");
        assertThat(dead.getString("error")).isNotBlank();
        assertThat(dead.getDate("deadLetteredAt").toInstant()).isEqualTo(now);

        // After a fix (here: the payload repaired) an administrator puts it back.
        deadLetters.updateOne(Filters.eq("_id", id), Updates.set("payload", payload));
        assertThat(manager.retryDeadLettered(id)).isTrue();
        assertThat(manager.fireDueDeadlines()).isEqualTo(1);
        assertThat(delivered.stream().map(m -> (Object) m.getPayload()).toList()).containsExactly(new Due("ep-1"));
        assertThat(manager.deadLettered()).isZero();
        assertThat(manager.pending()).isZero();
    }

    /** Points deadline {@code id}'s stored {@code field} at a class that no longer exists, then fires. */
    private void fireAfterTheClassIsGone(MongoDeadlineManager manager, String id, String field, String goneClass) {
        deadlines.updateOne(Filters.eq("_id", id), Updates.set(field, goneClass));
        manager.fireDueDeadlines();
    }

    @Test
    void healthShowsDeadLetteredDeadlinesAsDegraded() {
        MongoDeadlineManager manager = manager();
        var health = new DeadlineConfiguration().deadlinesHealthIndicator(manager);
        String id = scheduleDueNow(manager);
        assertThat(health.health().getStatus()).isEqualTo(org.springframework.boot.actuate.health.Status.UP);
        fireAfterTheClassIsGone(manager, id, "scopeType", "org.convene.gone.Scope");

        assertThat(health.health().getStatus()).isEqualTo(DeadlineConfiguration.DEGRADED);
        assertThat(health.health().getDetails()).containsEntry("deadLettered", 1L).containsEntry("pending", 0L);
    }

    /** Its payload class or its scope class no longer exists: dead-lettered naming it, not delivered as unknown. */
    @ParameterizedTest(name = "{0} gone")
    @CsvSource({"payloadType, org.convene.gone.InterviewDue", "scopeType, org.convene.gone.Scope"})
    void aDeadlineWhoseClassNoLongerExistsIsDeadLettered(String field, String goneClass) {
        MongoDeadlineManager manager = manager();
        String id = scheduleDueNow(manager);
        fireAfterTheClassIsGone(manager, id, field, goneClass);

        assertThat(delivered).isEmpty();
        assertThat(deadLetters.find(Filters.eq("_id", id)).first().getString("error")).contains(goneClass);
        assertThat(manager.deadLettered()).isEqualTo(1);
        assertThat(manager.pending()).isZero();
    }

    @Test
    void aDeadlineNotYetDueOrCancelledDoesNotFire() {
        MongoDeadlineManager manager = manager();
        manager.schedule(now.plusSeconds(60), "return-interview-due", new Due("ep-1"), SAGA);
        String cancelled = scheduleDueNow(manager);
        manager.cancelSchedule("return-interview-due", cancelled);

        assertThat(manager.fireDueDeadlines()).isZero();
        assertThat(manager.pending()).isEqualTo(1);
        assertThat(deadlines.find().first().getDate("triggerAt")).isEqualTo(Date.from(now.plusSeconds(60)));
    }
}
