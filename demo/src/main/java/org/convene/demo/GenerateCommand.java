package org.convene.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The generator command: started with {@code --convene.generate=years=1,seed=42} the application
 * sends a synthetic county's history ({@link SyntheticCounty}) into the configured store through the
 * command gateway, waits for the projections to catch up, and exits (status 0, or 1 on failure).
 * Run it on an empty store (README, "A synthetic county").
 */
@Component("convene.generate")
record GenerateCommand(SyntheticCounty county, CountyStore store) implements CountyCommand {

    private static final Logger log = LoggerFactory.getLogger(GenerateCommand.class);

    @Override
    public void work(CountyOptions options) throws Exception {
        if (options.out() != null) {
            throw new IllegalArgumentException("out= is an option of --convene.bench, not of --convene.generate");
        }
        store.requireEmpty();
        var result = county.generateDays(options.days(), options.seed(), nanos -> { });
        store.awaitProjections();
        log.info("Synthetic county generated: {} referrals ({} domestic-abuse notifications), {} missing episodes "
                + "of {} children, {} children, {} panel cases opened, {} panel meetings with {} discussions, {} "
                + "commands ({} refused) in {} s; {} events in the store",
                result.referrals(), result.domesticAbuseNotifications(), result.missingEpisodes(),
                result.missingChildren(), result.children(), store.panelCasesOpened(), result.panelMeetings(),
                result.panelDiscussions(), result.commands(), result.refused(), result.nanos() / 1_000_000_000,
                store.eventCount());
    }
}
