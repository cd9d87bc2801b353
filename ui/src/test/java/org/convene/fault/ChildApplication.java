package org.convene.fault;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.convene.ConveneApplication;
import org.convene.testsupport.Eventually;
import org.convene.testsupport.TestApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Convene started in a child JVM on a test's data directory, so that the test can kill it with
 * {@code kill -9} ({@link Process#destroyForcibly()}) and start another on what it left; its REST API
 * called as police.screener, the demo password set for it.
 */
final class ChildApplication {

    private static final String LOGIN = Base64.getEncoder().encodeToString("police.screener:convene-demo"
            .getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Process process;
    private final String base;

    private ChildApplication(Process process, int port) {
        this.process = process;
        this.base = "http://127.0.0.1:" + port;
    }

    /**
     * Starts the application on a free port with its output in the log file.
     *
     * @param jvmOptions options for the child JVM besides its heap and class path
     * @param arguments  application arguments besides its port, data directory and demo set-up
     */
    static ChildApplication start(Path dataDir, Path log, List<String> jvmOptions, List<String> arguments)
            throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Daxoniq.update-checker.disabled=true"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                ConveneApplication.class.getName(), "--server.port=" + port,
                "--convene.store.data-dir=" + dataDir, "--convene.demo.referrals=false",
                "--convene.demo.password=convene-demo", "--vaadin.launch-browser=false"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ChildApplication(process, port);
    }

    Process process() {
        return process;
    }

    /** Kills the process ({@code kill -9}) if it still runs, and waits until it has gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    void awaitHealthy(Duration timeout) throws InterruptedException {
        Eventually.await(this::healthy, ok -> ok, timeout);
    }

    private boolean healthy() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("UP");
        } catch (Exception e) {
            return false;
        }
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(authorised(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(authorised(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder authorised(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + LOGIN);
    }

    /**
     * Starts the application again in this JVM on the data the killed ones left, runs the checks on it
     * and closes it. A second application in this JVM installs its own (Vaadin-aware) security context
     * strategy globally; the test run's shared application gets its own back afterwards.
     *
     * @param arguments application arguments besides its port and data directory
     */
    static void restartedHere(Path dataDir, List<String> arguments, Checks checks) throws Exception {
        var sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
        try (ConfigurableApplicationContext restarted = TestApplication.startOn(dataDir,
                arguments.toArray(String[]::new))) {
            checks.on(restarted);
        } finally {
            SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
        }
    }

    @FunctionalInterface
    interface Checks {
        void on(ConfigurableApplicationContext application) throws Exception;
    }
}
