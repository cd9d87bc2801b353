package org.convene.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.convene.coordination.missing.api.ReturnInterviewOverdueEvent;
import org.convene.fault.ClockKillSwitch.Step;
import org.convene.testsupport.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The return-interview clock killed ({@code kill -9}) at each of its steps in turn, on one data
 * directory: after the return is recorded, mid-batch after the saga is stored (before its deadline
 * and the processor's token), mid-batch after the token is stored, while the deadline fires, and
 * after the deadline's work has committed but before the deadline is deleted. Each process is
 * started on the data the killed one left, and is killed at the next step ({@link ClockKillSwitch});
 * the application started last marks the interview overdue, exactly once (decision 0019).
 */
class ReturnInterviewClockKillIT {

    private static final Duration LEASE = Duration.ofSeconds(5);

    @TempDir
    Path dataDir;

    @Test
    void theInterviewIsMarkedOverdueExactlyOnceWhateverStepTheProcessIsKilledAt() throws Exception {
        String episodeId = UUID.randomUUID().toString();

        // 1. The return is recorded (72 hours and a minute ago: the interview is already due) and the
        //    process dies as soon as it is stored.
        ChildApplication app = start(Step.RETURN_RECORDED);
        try {
            app.awaitHealthy(Duration.ofMinutes(3));
            HttpResponse<String> child = app.post("/api/children", """
                    {"fullName":"Ellis Killworth","dateOfBirth":"2011-02-03","sexCode":"1"}
                    """);
            assertThat(child.statusCode()).isEqualTo(201);
            String childId = child.body().replaceAll(".*\"childId\"\\s*:\\s*\"([^\"]+)\".*", "$1").strip();
            Instant returnedAt = Instant.now().minus(Duration.ofHours(72)).minus(Duration.ofMinutes(1));
            assertThat(app.post("/api/missing-episodes", """
                    {"episodeId":"%s","childId":"%s","missingFrom":"HOME","lastSeenAt":"%s",
                     "policeReference":"MP-KILL-1","riskLevel":"MEDIUM"}
                    """.formatted(episodeId, childId, returnedAt.minus(Duration.ofHours(20)))).statusCode())
                    .isEqualTo(201);
            try {
                app.post("/api/missing-episodes/" + episodeId + "/return", """
                        {"returnedAt":"%s","whereFound":"Friend's house"}
                        """.formatted(returnedAt));
            } catch (java.io.IOException e) {
                // killed before it could answer
            }
            assertKilledAt(app.process(), Step.RETURN_RECORDED);
        } finally {
            app.kill();
        }

        // 2.-5. Each restarted process handles what the killed one left and is killed at the next step.
        for (Step step : List.of(Step.SAGA_STORED, Step.TOKEN_STORED, Step.DEADLINE_FIRING, Step.DEADLINE_FIRED)) {
            ChildApplication restarted = start(step);
            try {
                assertKilledAt(restarted.process(), step);
            } finally {
                restarted.kill();
            }
        }

        // The application started last fires the deadline left behind again once its lease has run out;
        // the saga has ended, so nothing more happens, and the deadline is gone.
        ChildApplication.restartedHere(dataDir, List.of("--convene.deadlines.lease=" + LEASE), last -> {
            MongoTemplate mongo = last.getBean(MongoTemplate.class);
            EventStore events = last.getBean(EventStore.class);
            Eventually.await(() -> mongo.getCollection("deadlines").countDocuments()
                            + mongo.getCollection("sagas").countDocuments(new Document("sagaType",
                            new Document("$regex", "ReturnInterviewSaga"))),
                    left -> left == 0, Duration.ofMinutes(2));
            long overdue = events.readEvents(episodeId).asStream()
                    .filter(m -> m.getPayload() instanceof ReturnInterviewOverdueEvent).count();
            assertThat(overdue).as("the interview marked overdue exactly once").isEqualTo(1);
        });
    }

    private void assertKilledAt(Process process, Step step) throws Exception {
        boolean exited = process.waitFor(4, TimeUnit.MINUTES);
        assertThat(exited).as("the process reached step %s on the data the killed one left, and was killed there "
                + "(if it never did, that data had the return marked as handled without its saga or deadline: "
                + "the clock was lost; log: %s)", step, log(step)).isTrue();
        assertThat(process.exitValue()).as("killed at step %s (log: %s)", step, log(step))
                .isEqualTo(ClockKillSwitch.KILLED);
        assertThat(Files.readString(log(step))).contains("Killed by the test at " + step);
    }

    private Path log(Step step) {
        return dataDir.resolve("killed-at-" + step + ".log");
    }

    private ChildApplication start(Step step) throws Exception {
        return ChildApplication.start(dataDir, log(step),
                List.of("-XX:TieredStopAtLevel=1", "-D" + ClockKillSwitch.PROPERTY + "=" + step),
                List.of("--convene.deadlines.lease=" + LEASE));
    }
}
