package org.convene.demo;

import java.nio.file.Files;
import java.nio.file.Path;

import org.convene.ConveneApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application with the demo tools, on its own empty store in a test's directory, on a free port. */
final class TestApplication {

    private TestApplication() {
    }

    /** Starts it, with or without the demo month. */
    static ConfigurableApplicationContext start(Path dataDir, boolean demoMonth) throws Exception {
        Files.createDirectories(dataDir);
        // as arguments: they take precedence over application.yml (the builder's properties do not)
        return new SpringApplicationBuilder(ConveneApplication.class).run("--server.port=0",
                "--convene.store.data-dir=" + dataDir, "--convene.demo.referrals=" + demoMonth,
                "--vaadin.launch-browser=false", "--server.shutdown=immediate");
    }
}
