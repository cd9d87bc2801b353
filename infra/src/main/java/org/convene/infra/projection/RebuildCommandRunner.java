package org.convene.infra.projection;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The rebuild command: started with {@code --convene.rebuild=<projection>} (or {@code all}), the
 * application rebuilds that projection from the event store and exits instead of serving (several,
 * or {@code all}, are rebuilt at the same time). Run it while the application is stopped (README,
 * "Rebuilding a projection").
 */
@Component
public class RebuildCommandRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RebuildCommandRunner.class);

    private final ProjectionRebuilder rebuilder;
    private final ConfigurableApplicationContext context;
    private final String target;
    private final Duration timeout;

    public RebuildCommandRunner(ProjectionRebuilder rebuilder, ConfigurableApplicationContext context,
                                @Value("${convene.rebuild:}") String target,
                                @Value("${convene.rebuild-timeout:PT1H}") Duration timeout) {
        this.rebuilder = rebuilder;
        this.context = context;
        this.target = target;
        this.timeout = timeout;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (target.isBlank()) {
            return;
        }
        int exitCode = 0;
        try {
            List<String> names = "all".equals(target) ? rebuilder.projections()
                    : java.util.Arrays.stream(target.split(",")).map(String::strip).toList();
            rebuilder.rebuildTogether(names, timeout);   // each on its own processor thread
            log.info("Rebuild finished: {}", names);
        } catch (Exception e) {
            log.error("Rebuild failed: {}", e.getMessage(), e);
            exitCode = 1;
        }
        int code = exitCode;
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
    }
}
