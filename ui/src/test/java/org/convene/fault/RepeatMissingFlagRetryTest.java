package org.convene.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.missing.api.FlagChildForExploitationPanelCommand;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.panel.api.PanelReferralSource;
import org.convene.infra.security.MongoUserDetailsService;
import org.convene.query.panel.api.PanelCaseDetails;
import org.convene.testsupport.Eventually;
import org.convene.testsupport.TestChildren;
import org.convene.ui.ConveneSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The repeat-missing flag command fails on its first attempt (as if the store were briefly
 * unreachable): the watcher's processor retries the event, and the child is flagged exactly once.
 * Before decision 0021 the watcher recorded "at or above the threshold" before sending the flag and
 * its error was logged and skipped: the child was never flagged.
 */
@ConveneSpringTest
class RepeatMissingFlagRetryTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @Autowired CommandBus commandBus;
    @Autowired CommandGateway commands;
    @Autowired QueryGateway queries;
    @Autowired EventStore eventStore;
    @Autowired MongoUserDetailsService users;

    @Test
    void aFlagCommandThatFailsOnceIsRetriedAndFlagsTheChildOnce() throws Exception {
        String childId = TestChildren.registered(commands, users, "Jordan Felsted");
        AtomicInteger failures = new AtomicInteger();
        Registration fault = commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            if (unitOfWork.getMessage().getPayload() instanceof FlagChildForExploitationPanelCommand flag
                    && flag.childId().equals(childId) && failures.compareAndSet(0, 1)) {
                throw new IllegalStateException("Injected fault: the flag command fails once");
            }
            return chain.proceed();
        });
        try {
            for (int daysAgo : new int[] {50, 30, 5}) {
                TestChildren.missing(commands, users, childId, Instant.now().minus(daysAgo, ChronoUnit.DAYS),
                        MissingRiskLevel.MEDIUM);
            }

            PanelCaseDetails details = Eventually.await(() -> TestChildren.panelCaseOf(queries, users, childId),
                    d -> d != null, TIMEOUT);

            assertThat(failures.get()).isEqualTo(1);
            assertThat(details.referrals()).filteredOn(r -> r.source() == PanelReferralSource.MISSING_FLAG)
                    .singleElement().satisfies(r -> {
                        assertThat(r.sourceReference()).startsWith(childId + ":repeat:");
                        assertThat(eventStore.readEvents(r.sourceReference()).asStream().count()).isEqualTo(1);
                    });
        } finally {
            fault.cancel();
        }
    }
}
