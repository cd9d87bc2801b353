package org.convene.demo;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The generator command: started with {@code --convene.generate=years=1,seed=42} the application
 * sends a synthetic county's history ({@link SyntheticCounty}) into the configured store through the
 * command gateway, waits for the projections to catch up, and exits (status 0, or 1 on failure).
 * Run it on an empty store (README, "A synthetic county").
 */
@Component
@Order(10)
class GenerateCommandRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GenerateCommandRunner.class);

    private final SyntheticCounty county;
    private final CountyStore store;
    private final ConfigurableApplicationContext context;
    private final String setting;

    GenerateCommandRunner(SyntheticCounty county, CountyStore store, ConfigurableApplicationContext context,
                          @Value("${convene.generate:}") String setting) {
        this.county = county;
        this.store = store;
        this.context = context;
        this.setting = setting;
    }

    /** Parses {@code years=1,seed=42} (also {@code days=30}); unknown keys are refused. */
    static Map<String, Long> options(String setting) {
        Map<String, Long> options = new HashMap<>(Map.of("years", 1L, "seed", 42L));
        for (String part : setting.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split("=", 2);
            String key = kv[0].strip();
            if (kv.length != 2 || !Arrays.asList("years", "days", "seed").contains(key)) {
                throw new IllegalArgumentException("Expected years=N,seed=N (or days=N), not '" + part + "'");
            }
            options.put(key, Long.parseLong(kv[1].strip()));
        }
        return options;
    }

    static int days(Map<String, Long> options) {
        return Math.toIntExact(options.containsKey("days") ? options.get("days") : options.get("years") * 365);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (setting.isBlank()) {
            return;
        }
        int exitCode = 0;
        try {
            Map<String, Long> options = options(setting);
            store.requireEmpty();
            var result = county.generateDays(days(options), options.get("seed"), nanos -> { });
            store.awaitProjections();
            log.info("Synthetic county generated: {} referrals ({} domestic-abuse notifications), {} missing episodes "
                    + "of {} children, {} children, {} panel cases opened, {} panel meetings with {} discussions, {} "
                    + "commands ({} refused) in {} s; {} events in the store",
                    result.referrals(), result.domesticAbuseNotifications(), result.missingEpisodes(),
                    result.missingChildren(), result.children(), store.panelCasesOpened(), result.panelMeetings(),
                    result.panelDiscussions(), result.commands(), result.refused(), result.nanos() / 1_000_000_000,
                    store.eventCount());
        } catch (Exception e) {
            log.error("Generating the synthetic county failed: {}", e.getMessage(), e);
            exitCode = 1;
        }
        int code = exitCode;
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
    }
}
