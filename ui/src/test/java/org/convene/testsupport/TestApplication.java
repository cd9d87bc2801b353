package org.convene.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.convene.ConveneApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The whole application started in this JVM on a data directory of its own, as an operator starts it. */
public final class TestApplication {

    private TestApplication() {
    }

    /**
     * Starts the application on a free port and this data directory, without the demo referrals.
     * Settings are command-line arguments: they outrank application.yml, as an operator's would.
     *
     * @param arguments application arguments besides its port, data directory and demo set-up
     */
    public static ConfigurableApplicationContext startOn(Path dataDir, String... arguments) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--convene.store.data-dir=" + dataDir,
                "--convene.demo.referrals=false"));
        all.addAll(List.of(arguments));
        return new SpringApplicationBuilder(ConveneApplication.class).run(all.toArray(String[]::new));
    }
}
