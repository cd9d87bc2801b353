package org.convene.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link CountyCommand} whose setting is given, then exits: status 0, or 1 on failure.
 * Without any of their settings the application serves as usual.
 */
@Component
class CountyCommandRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CountyCommandRunner.class);

    private final ConfigurableApplicationContext context;
    private final List<CountyCommand> commands;

    CountyCommandRunner(ConfigurableApplicationContext context, List<CountyCommand> commands) {
        this.context = context;
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (CountyCommand command : commands) {
            String options = context.getEnvironment().getProperty(command.setting(), "");
            if (!options.isBlank()) {
                run(command, options);
            }
        }
    }

    private void run(CountyCommand command, String options) {
        int exitCode = 0;
        try {
            command.work(CountyOptions.parse(options));
        } catch (Exception e) {
            log.error("--{}={} failed: {}", command.setting(), options, e.getMessage(), e);
            exitCode = 1;
        }
        int code = exitCode;
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
    }
}
