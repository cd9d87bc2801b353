package org.convene.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.coordination.missing.api.FlagChildForExploitationPanelCommand;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.missing.api.ReportMissingEpisodeCommand;
import org.convene.coordination.panel.api.PanelReferralSource;
import org.convene.infra.security.MongoUserDetailsService;
import org.convene.query.panel.api.FindPanelCaseQuery;
import org.convene.query.panel.api.PanelCaseDetails;
import org.convene.testsupport.Eventually;
import org.convene.testsupport.TestUsers;
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

    private PanelCaseDetails caseOf(String childId) {
        try {
            return TestUsers.as(users, "panel.member", () -> queries.query(new FindPanelCaseQuery(childId),
                    ResponseTypes.instanceOf(PanelCaseDetails.class)).join());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFlagCommandThatFailsOnceIsRetriedAndFlagsTheChildOnce() throws Exception {
        String childId = UUID.randomUUID().toString();
        AtomicInteger failures = new AtomicInteger();
        Registration fault = commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            if (unitOfWork.getMessage().getPayload() instanceof FlagChildForExploitationPanelCommand flag
                    && flag.childId().equals(childId) && failures.compareAndSet(0, 1)) {
                throw new IllegalStateException("Injected fault: the flag command fails once");
            }
            return chain.proceed();
        });
        try {
            TestUsers.run(users, "police.screener", () -> {
                commands.sendAndWait(new RegisterChildCommand(childId, "Jordan Felsted", LocalDate.now().minusYears(15),
                        false, "1", "WBRI", "Northtown", List.of(), false));
                for (int daysAgo : new int[] {50, 30, 5}) {
                    commands.sendAndWait(new ReportMissingEpisodeCommand(UUID.randomUUID().toString(), childId,
                            MissingFrom.HOME, null, Instant.now().minus(daysAgo, ChronoUnit.DAYS), "NP-" + daysAgo,
                            MissingRiskLevel.MEDIUM, "Carer", "Did not return. Fictitious.", "Southtown"));
                }
            });

            PanelCaseDetails details = Eventually.await(() -> caseOf(childId), d -> d != null, TIMEOUT);

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
