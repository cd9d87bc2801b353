package org.convene.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A command of the demo module's application ({@code --convene.generate=...}, {@code --convene.bench=...}):
 * when its setting is given, the started application does the work on its store and exits, status 0,
 * or 1 on failure. Without it the application serves as usual.
 */
abstract class CountyCommandRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CountyCommandRunner.class);

    private final ConfigurableApplicationContext context;
    private final String setting;
    private final String name;

    /** {@code name} says what failed in the log, e.g. "Generating the synthetic county". */
    CountyCommandRunner(ConfigurableApplicationContext context, String setting, String name) {
        this.context = context;
        this.setting = setting;
        this.name = name;
    }

    @Override
    public final void run(ApplicationArguments args) {
        if (setting.isBlank()) {
            return;
        }
        int exitCode = 0;
        try {
            work(CountyOptions.parse(setting));
        } catch (Exception e) {
            log.error("{} failed: {}", name, e.getMessage(), e);
            exitCode = 1;
        }
        int code = exitCode;
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
    }

    abstract void work(CountyOptions options) throws Exception;
}
