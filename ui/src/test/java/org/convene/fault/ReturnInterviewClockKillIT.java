package org.convene.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.convene.ConveneApplication;
import org.convene.coordination.missing.api.ReturnInterviewOverdueEvent;
import org.convene.fault.ClockKillSwitch.Step;
import org.convene.testsupport.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

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

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theInterviewIsMarkedOverdueExactlyOnceWhateverStepTheProcessIsKilledAt() throws Exception {
        String episodeId = UUID.randomUUID().toString();

        // 1. The return is recorded (72 hours and a minute ago: the interview is already due) and the
        //    process dies as soon as it is stored.
        int port = freePort();
        Process app = startChild(port, Step.RETURN_RECORDED);
        try {
            String base = "http://127.0.0.1:" + port;
            Eventually.await(() -> healthy(base), ok -> ok, Duration.ofMinutes(3));
            HttpResponse<String> child = post(base + "/api/children", """
                    {"fullName":"Ellis Killworth","dateOfBirth":"2011-02-03","sexCode":"1"}
                    """);
            assertThat(child.statusCode()).isEqualTo(201);
            String childId = child.body().replaceAll(".*\"childId\"\\s*:\\s*\"([^\"]+)\".*", "$1").strip();
            Instant returnedAt = Instant.now().minus(Duration.ofHours(72)).minus(Duration.ofMinutes(1));
            assertThat(post(base + "/api/missing-episodes", """
                    {"episodeId":"%s","childId":"%s","missingFrom":"HOME","lastSeenAt":"%s",
                     "policeReference":"MP-KILL-1","riskLevel":"MEDIUM"}
                    """.formatted(episodeId, childId, returnedAt.minus(Duration.ofHours(20)))).statusCode())
                    .isEqualTo(201);
            try {
                post(base + "/api/missing-episodes/" + episodeId + "/return", """
                        {"returnedAt":"%s","whereFound":"Friend's house"}
                        """.formatted(returnedAt));
            } catch (java.io.IOException e) {
                // killed before it could answer
            }
            assertKilledAt(app, Step.RETURN_RECORDED);
        } finally {
            app.destroyForcibly().waitFor();
        }

        // 2.-5. Each restarted process handles what the killed one left and is killed at the next step.
        for (Step step : List.of(Step.SAGA_STORED, Step.TOKEN_STORED, Step.DEADLINE_FIRING, Step.DEADLINE_FIRED)) {
            Process restarted = startChild(freePort(), step);
            try {
                assertKilledAt(restarted, step);
            } finally {
                restarted.destroyForcibly().waitFor();
            }
        }

        // The application started last fires the deadline left behind again once its lease has run out;
        // the saga has ended, so nothing more happens, and the deadline is gone.
        var sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
        try (ConfigurableApplicationContext last = new SpringApplicationBuilder(ConveneApplication.class)
                .run("--server.port=0", "--convene.store.data-dir=" + dataDir, "--convene.demo.referrals=false",
                        "--convene.deadlines.lease=" + LEASE)) {
            MongoTemplate mongo = last.getBean(MongoTemplate.class);
            EventStore events = last.getBean(EventStore.class);
            Eventually.await(() -> mongo.getCollection("deadlines").countDocuments()
                            + mongo.getCollection("sagas").countDocuments(new Document("sagaType",
                            new Document("$regex", "ReturnInterviewSaga"))),
                    left -> left == 0, Duration.ofMinutes(2));
            long overdue = events.readEvents(episodeId).asStream()
                    .filter(m -> m.getPayload() instanceof ReturnInterviewOverdueEvent).count();
            assertThat(overdue).as("the interview marked overdue exactly once").isEqualTo(1);
        } finally {
            SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
        }
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

    private Process startChild(int port, Step step) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-Daxoniq.update-checker.disabled=true", "-D" + ClockKillSwitch.PROPERTY + "=" + step,
                "-cp", System.getProperty("java.class.path"),
                ConveneApplication.class.getName(), "--server.port=" + port,
                "--convene.store.data-dir=" + dataDir, "--convene.demo.referrals=false",
                "--convene.demo.password=convene-demo", "--vaadin.launch-browser=false",
                "--convene.deadlines.lease=" + LEASE));
        File log = log(step).toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private boolean healthy(String base) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("UP");
        } catch (Exception e) {
            return false;
        }
    }

    private HttpResponse<String> post(String url, String json) throws Exception {
        String login = Base64.getEncoder().encodeToString("police.screener:convene-demo"
                .getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", "Basic " + login)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
