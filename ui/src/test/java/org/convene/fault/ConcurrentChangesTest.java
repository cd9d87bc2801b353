package org.convene.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.convene.coordination.referral.api.AgencyContributionRecordedEvent;
import org.convene.coordination.referral.api.RecordAgencyContributionCommand;
import org.convene.coordination.referral.api.RecordScreeningDecisionCommand;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.coordination.referral.api.ReviseScreeningDecisionCommand;
import org.convene.coordination.referral.api.ScreeningDecision;
import org.convene.coordination.referral.api.ScreeningDecisionRecordedEvent;
import org.convene.coordination.referral.api.ScreeningResponse;
import org.convene.coordination.shared.api.RecordedBy;
import org.convene.infra.security.MongoUserDetailsService;
import org.convene.testsupport.TestReferrals;
import org.convene.testsupport.TestUsers;
import org.convene.ui.ConveneSpringTest;
import org.convene.ui.shared.UserMessages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Many users changing the same referral at once, through the command gateway: every change is
 * either stored or refused with a message in words, and none is lost; a change racing another
 * application instance's change is refused with a clear message when made from a stale cached copy
 * (nothing of it stored), or stored after the other's when the referral is read afresh.
 */
@ConveneSpringTest
class ConcurrentChangesTest {

    private static final List<String> SCREENERS = List.of("police.screener", "health.screener", "social.screener");

    @Autowired CommandGateway commands;
    @Autowired MongoUserDetailsService users;
    @Autowired EventStore eventStore;

    private String referral() throws Exception {
        String referralId = UUID.randomUUID().toString();
        TestUsers.run(users, "police.screener", () -> TestReferrals.childAndReferral(commands, referralId,
                "Ezra Concurrent", ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION, false));
        return referralId;
    }

    /** Runs every task at the same moment; each answers null when stored, or the refusal's messages. */
    private static List<List<String>> race(List<Callable<Object>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (Callable<Object> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        task.call();
                        return null;
                    } catch (Exception e) {
                        return UserMessages.problems(e);
                    }
                }));
            }
            start.countDown();
            List<List<String>> outcomes = new ArrayList<>();
            for (Future<List<String>> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private long eventsOf(String referralId, Class<?> type) {
        return eventStore.readEvents(referralId).asStream().filter(e -> type.isInstance(e.getPayload())).count();
    }

    private static ScreeningDecision decision(String rationale) {
        return new ScreeningDecision(List.of("northshire-police", "northshire-csc"), ScreeningResponse.EARLY_HELP,
                null, 3, 2, rationale, List.of());
    }

    @Test
    void concurrentContributionsAreAllStored() throws Exception {
        String referralId = referral();
        List<Callable<Object>> tasks = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String user = SCREENERS.get(i % SCREENERS.size());
            int n = i;
            tasks.add(() -> TestUsers.as(users, user, () -> commands.sendAndWait(
                    new RecordAgencyContributionCommand(referralId, n % 2 == 0, "Checks number " + n + "."))));
        }
        List<List<String>> outcomes = race(tasks);
        long stored = outcomes.stream().filter(o -> o == null).count();
        assertThat(stored).isEqualTo(24);
        assertThat(eventsOf(referralId, AgencyContributionRecordedEvent.class)).isEqualTo(stored);
    }

    @Test
    void ofConcurrentDecisionsOneIsStoredAndTheOthersAreRefusedInWords() throws Exception {
        String referralId = referral();
        List<Callable<Object>> tasks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int n = i;
            tasks.add(() -> TestUsers.as(users, "mash.chair", () -> commands.sendAndWait(
                    new RecordScreeningDecisionCommand(referralId, UUID.randomUUID().toString(),
                            decision("Decision number " + n + ".")))));
        }
        List<List<String>> outcomes = race(tasks);
        assertThat(outcomes.stream().filter(o -> o == null).count()).isEqualTo(1);
        assertThat(outcomes.stream().filter(o -> o != null))
                .allSatisfy(problems -> assertThat(problems)
                        .containsExactly("A decision is already recorded. Revise it instead, giving a reason."));
        assertThat(eventsOf(referralId, ScreeningDecisionRecordedEvent.class)).isEqualTo(1);

        // Concurrent revisions of that decision, each with a reason: every one is kept, none lost.
        List<Callable<Object>> revisions = new ArrayList<>();
        Map<String, Boolean> ids = new ConcurrentHashMap<>();
        for (int i = 0; i < 12; i++) {
            int n = i;
            String id = UUID.randomUUID().toString();
            ids.put(id, true);
            revisions.add(() -> TestUsers.as(users, "mash.chair", () -> commands.sendAndWait(
                    new ReviseScreeningDecisionCommand(referralId, id, decision("Revised " + n + "."),
                            "New information from the school, number " + n + "."))));
        }
        List<List<String>> revised = race(revisions);
        long stored = revised.stream().filter(o -> o == null).count();
        assertThat(stored).isEqualTo(12);
        assertThat(eventStore.readEvents(referralId).asStream().count())
                .isEqualTo(1 + eventsOf(referralId, AgencyContributionRecordedEvent.class) + 1 + stored);
    }

    @Test
    void aChangeRacingAnotherInstanceIsRefusedInWordsOrStoredAfterItNeverLost() throws Exception {
        String referralId = referral();
        TestUsers.run(users, "police.screener", () -> commands.sendAndWait(
                new RecordAgencyContributionCommand(referralId, true, "First checks.")));
        long before = eventStore.readEvents(referralId).asStream().count();
        // Another application instance appends the referral's next event behind this one's back.
        var last = eventStore.readEvents(referralId).asStream().reduce((a, b) -> b).orElseThrow();
        eventStore.publish(new GenericDomainEventMessage<>(last.getType(), referralId, last.getSequenceNumber() + 1,
                new AgencyContributionRecordedEvent(referralId, "northshire-health", true, "From the other instance.",
                        new RecordedBy("health.screener", "northshire-health"), java.time.Instant.now()),
                Map.of("userId", "health.screener", "agencyId", "northshire-health")));
        List<List<String>> outcome = race(List.of(() -> TestUsers.as(users, "social.screener",
                () -> commands.sendAndWait(new RecordAgencyContributionCommand(referralId, false, "Stale checks.")))));
        if (outcome.get(0) != null) {
            // This instance still held the referral as it was before the other's change: refused in words.
            assertThat(outcome.get(0)).containsExactly("Someone else changed this at the same moment. Nothing of "
                    + "yours was saved: reload and try again.");
            assertThat(eventStore.readEvents(referralId).asStream().count()).isEqualTo(before + 1);
        } else {
            // Its cached copy was gone (a weak cache), so it read the referral afresh: stored after the other's.
            assertThat(eventStore.readEvents(referralId).asStream().count()).isEqualTo(before + 2);
            before++;
        }
        // Trying again reads the referral afresh and is stored.
        TestUsers.run(users, "social.screener", () -> commands.sendAndWait(
                new RecordAgencyContributionCommand(referralId, false, "Checks again.")));
        assertThat(eventStore.readEvents(referralId).asStream().count()).isEqualTo(before + 2);
    }
}
