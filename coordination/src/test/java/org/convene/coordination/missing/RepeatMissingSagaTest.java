package org.convene.coordination.missing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.axonframework.test.saga.SagaTestFixture;
import org.convene.coordination.missing.api.ChildFlaggedForExploitationPanelEvent;
import org.convene.coordination.missing.api.FlagChildForExploitationPanelCommand;
import org.convene.coordination.missing.api.MissingEpisodeReportedEvent;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.missing.api.MissingRiskReassessedEvent;
import org.convene.coordination.shared.api.RecordedBy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Repeat and high-risk missing: flagged for the panel exactly once per crossing. */
class RepeatMissingSagaTest {

    private static final RecordedBy BY = new RecordedBy("police.screener", "northshire-police");
    private static final Instant T0 = Instant.parse("2026-06-01T20:00:00Z");

    private SagaTestFixture<RepeatMissingSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(RepeatMissingSaga.class);
        fixture.registerResource(new MissingRules(3, 90));
    }

    private static MissingEpisodeReportedEvent episode(String id, Instant lastSeen, MissingRiskLevel risk) {
        return new MissingEpisodeReportedEvent(id, "child-1", MissingFrom.HOME, null, lastSeen, "MP-" + id, risk,
                "Mother", "Did not come home", null, BY, lastSeen.plusSeconds(3600));
    }

    private static MissingEpisodeReportedEvent episode(String id, int dayOffset) {
        return episode(id, T0.plus(Duration.ofDays(dayOffset)), MissingRiskLevel.MEDIUM);
    }

    private static FlagChildForExploitationPanelCommand repeatFlag(String crossingEpisode, String... episodes) {
        return new FlagChildForExploitationPanelCommand("child-1:repeat:" + crossingEpisode, "child-1",
                ChildFlaggedForExploitationPanelEvent.REPEAT_MISSING, List.of(episodes));
    }

    @Test
    void twoEpisodesDoNotFlag() {
        fixture.givenAPublished(episode("e1", 0))
                .whenPublishingA(episode("e2", 30))
                .expectNoDispatchedCommands();
    }

    @Test
    void theThirdEpisodeIn90DaysFlagsTheChildWithTheEpisodesThatTriggeredIt() {
        fixture.givenAPublished(episode("e1", 0))
                .andThenAPublished(episode("e2", 30))
                .whenPublishingA(episode("e3", 89))
                .expectDispatchedCommands(repeatFlag("e3", "e1", "e2", "e3"));
    }

    @Test
    void aFourthEpisodeStillAboveTheThresholdDoesNotFlagAgain() {
        fixture.givenAPublished(episode("e1", 0))
                .andThenAPublished(episode("e2", 30))
                .andThenAPublished(episode("e3", 60))
                .whenPublishingA(episode("e4", 70))
                .expectNoDispatchedCommands();
    }

    @Test
    void episodesOutsideTheWindowDoNotCount() {
        fixture.givenAPublished(episode("e1", 0))
                .andThenAPublished(episode("e2", 30))
                .whenPublishingA(episode("e3", 91))   // e1 is now 91 days before
                .expectNoDispatchedCommands();
    }

    @Test
    void afterFallingBelowTheThresholdANewCrossingFlagsAgain() {
        fixture.givenAPublished(episode("e1", 0))
                .andThenAPublished(episode("e2", 10))
                .andThenAPublished(episode("e3", 20))        // flagged: first crossing
                .andThenAPublished(episode("e4", 200))       // alone in its window: below again
                .andThenAPublished(episode("e5", 210))
                .whenPublishingA(episode("e6", 220))
                .expectDispatchedCommands(repeatFlag("e6", "e4", "e5", "e6"));
    }

    @Test
    void aHighRiskEpisodeFlagsOnceEvenWhenReassessedHighAgain() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(episode("e1", T0, MissingRiskLevel.HIGH))
                .expectDispatchedCommands(new FlagChildForExploitationPanelCommand("child-1:high:e1", "child-1",
                        ChildFlaggedForExploitationPanelEvent.HIGH_RISK_EPISODE, List.of("e1")));
        fixture.givenAPublished(episode("e1", T0, MissingRiskLevel.HIGH))
                .whenPublishingA(new MissingRiskReassessedEvent("e1", "child-1", MissingRiskLevel.HIGH,
                        MissingRiskLevel.HIGH, "Still high", BY, T0.plusSeconds(7200)))
                .expectNoDispatchedCommands();
    }

    @Test
    void anEpisodeReassessedToHighRiskFlagsTheChild() {
        fixture.givenAPublished(episode("e1", 0))
                .whenPublishingA(new MissingRiskReassessedEvent("e1", "child-1", MissingRiskLevel.MEDIUM,
                        MissingRiskLevel.HIGH, "Seen with older males", BY, T0.plusSeconds(7200)))
                .expectDispatchedCommands(new FlagChildForExploitationPanelCommand("child-1:high:e1", "child-1",
                        ChildFlaggedForExploitationPanelEvent.HIGH_RISK_EPISODE, List.of("e1")));
    }
}
