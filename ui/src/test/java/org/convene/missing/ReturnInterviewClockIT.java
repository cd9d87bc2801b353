package org.convene.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.missing.api.RecordChildReturnedCommand;
import org.convene.coordination.missing.api.ReportMissingEpisodeCommand;
import org.convene.coordination.missing.api.ReturnInterviewOverdueEvent;
import org.convene.infra.security.MongoUserDetailsService;
import org.convene.testsupport.TestApplication;
import org.convene.testsupport.Eventually;
import org.convene.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The 72-hour return-interview clock survives a restart: a child returns, the application stops
 * before the 72 hours run out, and the application started again marks the interview overdue when
 * they do.
 */
class ReturnInterviewClockIT {

    @TempDir
    Path dataDir;

    private static Optional<ReturnInterviewOverdueEvent> overdue(ConfigurableApplicationContext app, String episodeId) {
        return app.getBean(EventStore.class).readEvents(episodeId).asStream()
                .map(m -> m.getPayload())
                .filter(ReturnInterviewOverdueEvent.class::isInstance)
                .map(ReturnInterviewOverdueEvent.class::cast)
                .findFirst();
    }

    @Test
    void theClockRunsOutAfterARestart() throws Exception {
        String childId = UUID.randomUUID().toString();
        String episodeId = UUID.randomUUID().toString();
        Instant dueBy;
        Instant stoppedAt;
        try (ConfigurableApplicationContext app = TestApplication.startOn(dataDir)) {
            CommandGateway commands = app.getBean(CommandGateway.class);
            // Returned 72 hours ago less 25 seconds: the interview is due in 25 seconds.
            Instant returnedAt = Instant.now().minus(Duration.ofHours(72)).plusSeconds(25);
            dueBy = returnedAt.plus(Duration.ofHours(72));
            TestUsers.run(app.getBean(MongoUserDetailsService.class), "police.screener", () -> {
                commands.sendAndWait(new RegisterChildCommand(childId, "Ellis Ravensworth", LocalDate.of(2011, 2, 3),
                        false, "1", "WBRI", "Northtown", List.of(), true));
                commands.sendAndWait(new ReportMissingEpisodeCommand(episodeId, childId, MissingFrom.HOME, null,
                        returnedAt.minus(Duration.ofHours(20)), "MP-CLOCK-1", MissingRiskLevel.MEDIUM, "Father",
                        "Did not come home after school", null));
                commands.sendAndWait(new RecordChildReturnedCommand(episodeId, returnedAt, "Friend's house",
                        "Police", null));
            });
            assertThat(overdue(app, episodeId)).isEmpty();
            stoppedAt = Instant.now();
        }
        assertThat(stoppedAt).as("the first application stopped before the clock ran out").isBefore(dueBy);

        try (ConfigurableApplicationContext app = TestApplication.startOn(dataDir)) {
            ReturnInterviewOverdueEvent event = Eventually.await(() -> overdue(app, episodeId),
                    Optional::isPresent, Duration.ofSeconds(90)).orElseThrow();
            assertThat(event.dueBy()).isEqualTo(dueBy);
            assertThat(event.recordedAt()).as("marked by the restarted application, when the clock ran out")
                    .isAfter(stoppedAt).isAfterOrEqualTo(dueBy);
        }
    }
}
