package org.convene.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.coordination.missing.api.ChildFlaggedForExploitationPanelEvent;
import org.convene.coordination.missing.api.FlagChildForExploitationPanelCommand;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.panel.api.PanelCaseOpenedEvent;
import org.convene.coordination.panel.api.PanelIds;
import org.convene.coordination.panel.api.RecordMissingFlagPanelReferralCommand;
import org.convene.infra.operations.DeadLetterSummary;
import org.convene.infra.operations.DeadLetters;
import org.convene.infra.operations.EventProcessorsHealthIndicator;
import org.convene.infra.operations.ProcessorMetrics;
import org.convene.infra.operations.ProcessorWatch;
import org.convene.infra.projection.ProjectionRebuilder;
import org.convene.infra.security.MongoUserDetailsService;
import org.convene.query.panel.api.PanelCaseDetails;
import org.convene.testsupport.Eventually;
import org.convene.testsupport.TestChildren;
import org.convene.testsupport.FailOnce;
import org.convene.testsupport.FaultProbe;
import org.convene.testsupport.TestUsers;
import org.convene.ui.ConveneSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Nothing skipped (issue 14, decision 0018): a projection event handler that fails parks its event
 * (and the later events of the same child) as a dead letter instead of skipping it, the rest go on,
 * the half-done changes of the failed event never reach the read model, health and metrics show it,
 * a retry after the fault is removed applies it exactly as a rebuild would; a saga and the panel
 * triggers that fail once are retried and their command is recorded exactly once.
 */
@ConveneSpringTest
class DeadLetterFaultTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @Autowired CommandGateway commands;
    @Autowired QueryGateway queries;
    @Autowired EventStore eventStore;
    @Autowired MongoUserDetailsService users;
    @Autowired EventProcessingConfiguration processing;
    @Autowired DeadLetters deadLetters;
    @Autowired ProcessorWatch watch;
    @Autowired EventProcessorsHealthIndicator health;
    @Autowired MeterRegistry meters;
    @Autowired ProjectionRebuilder rebuilder;
    @Autowired MongoTemplate mongo;
    @Autowired FailOnce failOnce;
    @LocalServerPort int port;

    private TrackingEventProcessor probe;

    @BeforeEach
    void probeUpToDate() throws Exception {
        probe = processing.eventProcessor(FaultProbe.GROUP, TrackingEventProcessor.class).orElseThrow();
        ProjectionRebuilder.awaitCaughtUp(probe, TIMEOUT);
    }

    @AfterEach
    void removeTheFaults() {
        FaultProbe.POISONED.clear();
        failOnce.reset();
        if (!probe.isRunning()) {
            probe.start();
        }
        deadLetters.retryAll();
    }

    private String child(String name) throws Exception {
        return TestChildren.registered(commands, users, name);
    }

    private String episode(String childId, MissingRiskLevel risk) throws Exception {
        return TestChildren.missing(commands, users, childId, Instant.now().minus(3, ChronoUnit.HOURS), risk);
    }

    private long probeLetters() {
        watch.refresh();
        return deadLetters.counts().getOrDefault(FaultProbe.GROUP, 0L);
    }

    private double gauge(String name) {
        watch.refresh();
        return meters.get(name).tag(ProcessorMetrics.TAG, FaultProbe.GROUP).gauge().value();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aFailingEventIsSetAsideWithItsChildsLaterEventsTheRestGoOnAndARetryAppliesItAsARebuildWould()
            throws Exception {
        String poisonedId = UUID.randomUUID().toString();
        FaultProbe.POISONED.add(poisonedId);
        // one batch: a child before, the failing child, a child after, then a later event of the failing child
        probe.shutDown();
        String before = child("Avery Lindqvist");
        TestUsers.run(users, "police.screener", () -> commands.sendAndWait(new RegisterChildCommand(poisonedId,
                "Pax Lindqvist", LocalDate.now().minusYears(13), false, "1", "WBRI", "Northtown", List.of(), false)));
        String after = child("Blair Lindqvist");
        String laterEpisode = episode(poisonedId, MissingRiskLevel.LOW);
        probe.start();

        Eventually.await(this::probeLetters, n -> n == 2, TIMEOUT);
        Eventually.await(() -> FaultProbe.applied(mongo, after), ok -> ok, TIMEOUT);
        assertThat(FaultProbe.applied(mongo, before)).isTrue();
        assertThat(FaultProbe.applied(mongo, poisonedId)).isFalse();
        // the failed event had already changed the shared document in the batch: that change is not written
        assertThat(FaultProbe.totals(mongo)).contains(before, after).doesNotContain(poisonedId);

        List<DeadLetterSummary> letters = deadLetters.list().stream()
                .filter(l -> l.processingGroup().equals(FaultProbe.GROUP)).toList();
        assertThat(letters).hasSize(2);
        assertThat(letters.get(0)).satisfies(l -> {
            assertThat(l.sequenceId()).isEqualTo(poisonedId);
            assertThat(l.childId()).isEqualTo(poisonedId);
            assertThat(l.eventType()).isEqualTo("ChildRegisteredEvent");
            assertThat(l.error()).isEqualTo("The test probe cannot apply events of child " + poisonedId
                    + " (injected fault)");
            assertThat(l.waiting()).isFalse();
            assertThat(l.firstAttempt()).isNotNull();
            assertThat(l.lastAttempt()).isNotNull();
        });
        assertThat(letters.get(1)).satisfies(l -> {
            assertThat(l.eventType()).isEqualTo("MissingEpisodeReportedEvent");
            assertThat(l.waiting()).isTrue();
        });

        // visible: health DEGRADED (200, liveness still UP), the gauge, the details for an administrator
        watch.refresh();
        assertThat(health.health().getStatus()).isEqualTo(EventProcessorsHealthIndicator.DEGRADED);
        assertThat(health.health().getDetails().get(FaultProbe.GROUP).toString()).contains("deadLetters=2");
        HttpResponse<String> overall = get("/actuator/health");
        assertThat(overall.statusCode()).isEqualTo(200);
        assertThat(overall.body()).contains("\"status\":\"DEGRADED\"");
        assertThat(get("/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
        assertThat(gauge(ProcessorMetrics.DEAD_LETTERS)).isEqualTo(2.0);
        assertThat(gauge(ProcessorMetrics.DEGRADED)).isEqualTo(1.0);

        // the fault removed, a retry applies the event and the one waiting behind it
        FaultProbe.POISONED.remove(poisonedId);
        assertThat(deadLetters.retry(FaultProbe.GROUP, poisonedId)).isTrue();
        assertThat(probeLetters()).isZero();
        assertThat(FaultProbe.applied(mongo, poisonedId)).isTrue();
        assertThat(FaultProbe.episodes(mongo, poisonedId)).isEqualTo(1);
        assertThat(FaultProbe.totals(mongo)).contains(before, poisonedId, after);
        assertThat(laterEpisode).isNotBlank();
        assertThat(gauge(ProcessorMetrics.DEAD_LETTERS)).isZero();
        Eventually.await(() -> {
            watch.refresh();
            return health.health().getStatus();
        }, s -> s.equals(Status.UP), TIMEOUT);

        // and the read model is the one a rebuild from the event store gives
        ProjectionRebuilder.awaitCaughtUp(probe, TIMEOUT);
        List<String> retried = FaultProbe.readModel(mongo);
        rebuilder.rebuild(FaultProbe.GROUP, Duration.ofMinutes(5));
        assertThat(FaultProbe.readModel(mongo)).isEqualTo(retried);
    }

    @Test
    void aRebuildClearsTheGroupsDeadLettersAndAppliesTheirEvents() throws Exception {
        String poisonedId = UUID.randomUUID().toString();
        FaultProbe.POISONED.add(poisonedId);
        TestUsers.run(users, "police.screener", () -> commands.sendAndWait(new RegisterChildCommand(poisonedId,
                "Quinn Marlowe", LocalDate.now().minusYears(12), false, "2", "WBRI", "Northtown", List.of(), false)));
        Eventually.await(this::probeLetters, n -> n == 1, TIMEOUT);

        FaultProbe.POISONED.clear();
        rebuilder.rebuild(FaultProbe.GROUP, Duration.ofMinutes(5));
        assertThat(probeLetters()).isZero();
        assertThat(FaultProbe.applied(mongo, poisonedId)).isTrue();
    }

    @Test
    void aSagaAndThePanelTriggersThatFailOnceAreRetriedAndTheirCommandsRecordedOnce() throws Exception {
        String childId = child("Robin Achterberg");
        failOnce.next(FlagChildForExploitationPanelCommand.class, c -> c.childId().equals(childId));
        failOnce.next(RecordMissingFlagPanelReferralCommand.class, c -> c.childId().equals(childId));
        String episodeId = episode(childId, MissingRiskLevel.HIGH);

        PanelCaseDetails opened = Eventually.await(() -> TestChildren.panelCaseOf(queries, users, childId),
                d -> d != null, TIMEOUT);
        assertThat(opened.referrals()).hasSize(1);
        assertThat(failOnce.failed()).containsExactly("FlagChildForExploitationPanelCommand",
                "RecordMissingFlagPanelReferralCommand");

        for (String processor : List.of("RepeatMissingSagaProcessor", "panel-triggers")) {
            ProjectionRebuilder.awaitCaughtUp(processing.eventProcessor(processor, TrackingEventProcessor.class)
                    .orElseThrow(), TIMEOUT);
        }
        String flagId = childId + ":high:" + episodeId;
        assertThat(eventStore.readEvents(flagId).asStream()
                .filter(e -> e.getPayload() instanceof ChildFlaggedForExploitationPanelEvent).count()).isEqualTo(1);
        assertThat(eventStore.readEvents(PanelIds.recordOf(childId)).asStream()
                .filter(e -> e.getPayload() instanceof PanelCaseOpenedEvent).count()).isEqualTo(1);
    }
}
