package org.convene.demo;

import java.util.Map;

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
    /** By bean name, which is the setting that starts the command. */
    private final Map<String, CountyCommand> commands;

    CountyCommandRunner(ConfigurableApplicationContext context, Map<String, CountyCommand> commands) {
        this.context = context;
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        commands.forEach((setting, command) -> {
            String options = context.getEnvironment().getProperty(setting, "");
            if (!options.isBlank()) {
                run(setting, command, options);
            }
        });
    }

    private void run(String setting, CountyCommand command, String options) {
        int exitCode = 0;
        try {
            command.work(CountyOptions.parse(options));
        } catch (Exception e) {
            log.error("--{}={} failed: {}", setting, options, e.getMessage(), e);
            exitCode = 1;
        }
        int code = exitCode;
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
    }
}
