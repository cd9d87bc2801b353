package org.convene.demo;

import java.nio.file.Files;
import java.nio.file.Path;

import org.convene.ConveneApplication;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application with the demo tools, on its own empty store in a test's directory, on a free port. */
final class TestApplication {

    private TestApplication() {
    }

    /** Work done on the started application before it is ready, as the generator's own runner does. */
    interface BeforeReady {
        void run(ConfigurableApplicationContext context) throws Exception;
    }

    /** Starts it, with or without the demo month. */
    static ConfigurableApplicationContext start(Path dataDir, boolean demoMonth) throws Exception {
        return start(dataDir, demoMonth, context -> { });
    }

    /**
     * Starts it without the demo month and runs {@code first} as an application runner: before the
     * application is ready, so before anything records an event at start (the KPI settings
     * carry-over), as {@code --convene.generate} runs on an empty store.
     */
    static ConfigurableApplicationContext start(Path dataDir, BeforeReady first) throws Exception {
        return start(dataDir, false, first);
    }

    private static ConfigurableApplicationContext start(Path dataDir, boolean demoMonth, BeforeReady first)
            throws Exception {
        Files.createDirectories(dataDir);
        // as arguments: they take precedence over application.yml (the builder's properties do not)
        return new SpringApplicationBuilder(ConveneApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("beforeReady",
                        (ApplicationRunner) args -> first.run(context)))
                .run("--server.port=0", "--convene.store.data-dir=" + dataDir,
                        "--convene.demo.referrals=" + demoMonth, "--vaadin.launch-browser=false",
                        "--server.shutdown=immediate");
    }
}
