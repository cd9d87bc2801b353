package org.convene.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.convene.ConveneApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The whole application started in this JVM on a data directory of its own, as an operator starts it. */
public final class TestApplication {

    private TestApplication() {
    }

    /**
     * Starts the application on a free port and this data directory, without the demo referrals.
     * Settings are command-line arguments: they outrank application.yml, as an operator's would.
     * <p>
     * Each application installs its own holder of the signed-in user in Spring Security's JVM-wide
     * {@link SecurityContextHolder} (Vaadin's, one thread-local each). An operator runs one
     * application per JVM; a test runs this one beside the shared test application, so when it is
     * closed the holder of the application started before it is put back. Otherwise the shared
     * application's web requests, signed in through its own holder, would look signed out to its
     * command and query authorisation, which reads the JVM-wide one.
     *
     * @param arguments application arguments besides its port, data directory and demo set-up
     */
    public static ConfigurableApplicationContext startOn(Path dataDir, String... arguments) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--convene.store.data-dir=" + dataDir,
                "--convene.demo.referrals=false"));
        all.addAll(List.of(arguments));
        SecurityContextHolderStrategy before = SecurityContextHolder.getContextHolderStrategy();
        return new SpringApplicationBuilder(ConveneApplication.class)
                .listeners((ApplicationEvent event) -> {
                    if (event instanceof ContextClosedEvent) {
                        SecurityContextHolder.setContextHolderStrategy(before);
                    }
                })
                .run(all.toArray(String[]::new));
    }
}
