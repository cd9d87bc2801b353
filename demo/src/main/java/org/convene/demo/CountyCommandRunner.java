package org.convene.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A command of the demo module's application ({@code --convene.generate=...}, {@code --convene.bench=...}):
 * when its setting is given, the started application does the work on its store and exits, status 0,
 * or 1 on failure. Without it the application serves as usual.
 */
abstract class CountyCommandRunner implements ApplicationRunner, ApplicationContextAware {

    private static final Logger log = LoggerFactory.getLogger(CountyCommandRunner.class);

    private ConfigurableApplicationContext context;

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) {
        this.context = (ConfigurableApplicationContext) applicationContext;
    }

    /** The setting that starts the command, e.g. {@code convene.generate}. */
    abstract String setting();

    abstract void work(CountyOptions options) throws Exception;

    @Override
    public final void run(ApplicationArguments args) {
        String options = context.getEnvironment().getProperty(setting(), "");
        if (options.isBlank()) {
            return;
        }
        int exitCode = 0;
        try {
            work(CountyOptions.parse(options));
        } catch (Exception e) {
            log.error("--{}={} failed: {}", setting(), options, e.getMessage(), e);
            exitCode = 1;
        }
        int code = exitCode;
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
    }
}
