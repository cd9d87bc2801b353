package org.convene.coordination.missing;

import static org.convene.coordination.shared.TestActors.RETURN_WORKER_BY;
import static org.convene.coordination.shared.TestActors.POLICE_SCREENER_BY;

import java.time.Duration;
import java.time.Instant;

import org.axonframework.test.saga.SagaTestFixture;
import org.convene.coordination.missing.api.ChildReturnedEvent;
import org.convene.coordination.missing.api.InterviewOutcome;
import org.convene.coordination.missing.api.MarkReturnInterviewOverdueCommand;
import org.convene.coordination.missing.api.ReturnInterviewOutcomeRecordedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 72-hour clock of the return interview. */
class ReturnInterviewSagaTest {

    private SagaTestFixture<ReturnInterviewSaga> fixture;
    private Instant now;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(ReturnInterviewSaga.class);
        fixture.registerCommandGateway(org.axonframework.commandhandling.gateway.CommandGateway.class);
        now = fixture.currentTime();
    }

    private ChildReturnedEvent returned(Instant at) {
        return new ChildReturnedEvent("ep-1", "child-1", at, "Town centre", "Police", null,
                at.plus(MissingEpisode.INTERVIEW_WITHIN), POLICE_SCREENER_BY, now);
    }

    private ReturnInterviewOutcomeRecordedEvent outcome(Instant at) {
        return new ReturnInterviewOutcomeRecordedEvent("ep-1", "child-1", InterviewOutcome.DECLINED_BY_CHILD, at, null,
                null, true, RETURN_WORKER_BY, at);
    }

    @Test
    void aReturnStartsA72HourClock() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(returned(now))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(now.plus(Duration.ofHours(72)), ReturnInterviewSaga.DEADLINE)
                .expectNoDispatchedCommands();
    }

    @Test
    void theClockCountsFromTheReturnNotFromWhenItWasRecorded() {
        Instant returnedYesterday = now.minus(Duration.ofHours(24));
        fixture.givenNoPriorActivity()
                .whenPublishingA(returned(returnedYesterday))
                .expectScheduledDeadlineWithName(returnedYesterday.plus(Duration.ofHours(72)),
                        ReturnInterviewSaga.DEADLINE);
    }

    @Test
    void noOutcomeWithin72HoursMarksTheInterviewOverdueAndEndsTheClock() {
        fixture.givenAPublished(returned(now))
                .whenTimeElapses(Duration.ofHours(72))
                .expectTriggeredDeadlinesWithName(ReturnInterviewSaga.DEADLINE)
                .expectDispatchedCommands(new MarkReturnInterviewOverdueCommand("ep-1"))
                .expectActiveSagas(0);
    }

    @Test
    void nothingHappensJustBeforeTheDeadline() {
        fixture.givenAPublished(returned(now))
                .whenTimeElapses(Duration.ofHours(72).minusMinutes(1))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    @Test
    void anOutcomeWithinTimeStopsTheClock() throws Exception {
        fixture.givenAPublished(returned(now))
                .andThenTimeElapses(Duration.ofHours(30))
                .andThenAPublished(outcome(now.plus(Duration.ofHours(30))))
                .whenTimeElapses(Duration.ofHours(50))
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void aReturnDeliveredAgainKeepsOneClock() {
        fixture.givenAPublished(returned(now))
                .whenPublishingA(returned(now))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(now.plus(Duration.ofHours(72)), ReturnInterviewSaga.DEADLINE)
                .expectNoDispatchedCommands();
        fixture.whenTimeElapses(Duration.ofHours(72))
                .expectTriggeredDeadlines(new ReturnInterviewSaga.InterviewDue("ep-1"))
                .expectDispatchedCommands(new MarkReturnInterviewOverdueCommand("ep-1"))
                .expectActiveSagas(0);
    }
}
