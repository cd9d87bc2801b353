package org.convene.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.infra.security.MongoUserDetailsService;
import org.convene.query.referral.api.FindRecentReferralsQuery;
import org.convene.query.referral.api.ReferralSummary;
import org.convene.testsupport.TestApplication;
import org.convene.testsupport.Eventually;
import org.convene.testsupport.TestReferrals;
import org.convene.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stops and starts the whole application on the same data directory: the events, the tracking
 * token and the read model written before the stop are all there after it, and the projection does
 * not process the old events again.
 */
class RestartIT {

    @TempDir
    Path dataDir;

    private static List<ReferralSummary> list(ConfigurableApplicationContext app) throws Exception {
        return TestUsers.as(app.getBean(MongoUserDetailsService.class), "mash.chair",
                () -> app.getBean(QueryGateway.class).query(new FindRecentReferralsQuery(100),
                        ResponseTypes.multipleInstancesOf(ReferralSummary.class)).join());
    }

    @Test
    void eventsTokensAndReadModelsSurviveARestart() throws Exception {
        String first = UUID.randomUUID().toString();
        TrackingToken tokenBefore;
        List<ReferralSummary> listBefore;
        try (ConfigurableApplicationContext app = TestApplication.startOn(dataDir)) {
            TestUsers.run(app.getBean(MongoUserDetailsService.class), "police.screener",
                    () -> TestReferrals.childAndReferral(app.getBean(CommandGateway.class), first, "Reuben Ashdown",
                            ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION, true));
            listBefore = Eventually.await(() -> {
                try {
                    return list(app);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, l -> l.size() == 1, Duration.ofSeconds(20));
            // the list shows the referral once its projection has it; the position is stored when the
            // batch commits, a moment later: wait for the stored position to name the referral's event
            String referralEvent = app.getBean(EventStore.class).readEvents(first).asStream()
                    .reduce((earlier, later) -> later).orElseThrow().getIdentifier();
            tokenBefore = Eventually.await(() -> app.getBean(TokenStore.class).fetchToken("referral-list", 0),
                    token -> token instanceof MongoTrackingToken stored
                            && stored.getKnownEventIds().contains(referralEvent), Duration.ofSeconds(20));
        }

        try (ConfigurableApplicationContext app = TestApplication.startOn(dataDir)) {
            assertThat(app.getBean(EventStore.class).readEvents(first).asStream().count()).isEqualTo(1);
            assertThat(app.getBean(TokenStore.class).fetchToken("referral-list", 0)).isEqualTo(tokenBefore);
            assertThat(list(app)).isEqualTo(listBefore);

            // The restarted application keeps working: a new referral is projected after the old one.
            String second = UUID.randomUUID().toString();
            TestUsers.run(app.getBean(MongoUserDetailsService.class), "social.screener",
                    () -> TestReferrals.childAndReferral(app.getBean(CommandGateway.class), second, "Skye Pemberton",
                            ReferralType.PROFESSIONAL_CONCERN, false));
            List<ReferralSummary> after = Eventually.await(() -> {
                try {
                    return list(app);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, l -> l.size() == 2, Duration.ofSeconds(20));
            assertThat(after).extracting(ReferralSummary::referralId).containsExactly(second, first);
        }
    }
}
