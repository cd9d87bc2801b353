package org.convene.coordination.missing;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.test.FixtureExecutionException;
import org.axonframework.test.saga.ContinuedGivenState;
import org.axonframework.test.saga.FixtureExecutionResult;
import org.axonframework.test.saga.SagaTestFixture;
import org.convene.coordination.child.api.ChildRecordsMergedEvent;
import org.convene.coordination.missing.api.ChildFlaggedForExploitationPanelEvent;
import org.convene.coordination.missing.api.FlagChildForExploitationPanelCommand;
import org.convene.coordination.missing.api.HandOverMissingHistoryCommand;
import org.convene.coordination.missing.api.MissingEpisodeReportedEvent;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingHistoryHandedOverEvent;
import org.convene.coordination.missing.api.MissingHistoryHandedOverEvent.EpisodeStart;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.missing.api.MissingRiskReassessedEvent;
import org.convene.coordination.shared.api.RecordedBy;
import org.convene.coordination.shared.api.SystemCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
        return episodeOf("child-1", id, lastSeen, risk);
    }

    private static MissingEpisodeReportedEvent episodeOf(String childId, String id, Instant lastSeen,
                                                         MissingRiskLevel risk) {
        return new MissingEpisodeReportedEvent(id, childId, MissingFrom.HOME, null, lastSeen, "MP-" + id, risk,
                "Mother", "Did not come home", null, BY, lastSeen.plusSeconds(3600));
    }

    private static MissingEpisodeReportedEvent episode(String id, int dayOffset) {
        return episode(id, T0.plus(Duration.ofDays(dayOffset)), MissingRiskLevel.MEDIUM);
    }

    private static FlagChildForExploitationPanelCommand repeatFlag(String crossingEpisode, String... episodes) {
        return new FlagChildForExploitationPanelCommand("child-1:repeat:" + crossingEpisode, "child-1",
                ChildFlaggedForExploitationPanelEvent.REPEAT_MISSING, List.of(episodes));
    }

    static Stream<Arguments> repeatEpisodes() {
        return Stream.of(
                Arguments.of("two episodes do not flag", List.of(0, 30), List.of()),
                Arguments.of("the third episode in 90 days flags the child with the episodes that triggered it",
                        List.of(0, 30, 89), List.of("e1", "e2", "e3")),
                Arguments.of("a fourth episode still above the threshold does not flag again",
                        List.of(0, 30, 60, 70), List.of()),
                Arguments.of("episodes outside the window do not count (e1 is 91 days before e3)",
                        List.of(0, 30, 91), List.of()),
                Arguments.of("after falling below the threshold (e4 alone in its window) a new crossing flags again",
                        List.of(0, 10, 20, 200, 210, 220), List.of("e4", "e5", "e6")));
    }

    /**
     * Episodes e1, e2, ... of child-1 reported on these days after T0; the last one is published
     * now, and flags the child with exactly these episodes, or not at all.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("repeatEpisodes")
    void repeatEpisodesFlagOncePerCrossingOfTheThreshold(String spec, List<Integer> days, List<String> flagged) {
        ContinuedGivenState given = fixture.givenAPublished(episode("e1", days.get(0)));
        for (int i = 1; i < days.size() - 1; i++) {
            given = given.andThenAPublished(episode("e" + (i + 1), days.get(i)));
        }
        String latest = "e" + days.size();
        FixtureExecutionResult result = given.whenPublishingA(episode(latest, days.get(days.size() - 1)));
        if (flagged.isEmpty()) {
            result.expectNoDispatchedCommands();
        } else {
            result.expectDispatchedCommands(repeatFlag(latest, flagged.toArray(String[]::new)));
        }
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

    // ---- a failed flag command, then a retry (the same event handled again) ----------------------

    /** The first flag command fails (e.g. the store is briefly unavailable); every later one succeeds. */
    private void firstFlagCommandFails() {
        firstCommandFails(FlagChildForExploitationPanelCommand.class);
    }

    /** The first command of this type fails (the store briefly unavailable); every later one succeeds. */
    private void firstCommandFails(Class<?> commandType) {
        boolean[] failed = {false};
        fixture.setCallbackBehavior((command, metaData) -> {
            if (commandType.isInstance(command) && !failed[0]) {
                failed[0] = true;
                throw new IllegalStateException("The event store is not available");
            }
            return null;
        });
    }

    @Test
    void aRepeatFlagThatFailedIsSentAgainWhenTheEventIsRetried() {
        firstFlagCommandFails();
        ContinuedGivenState given = fixture.givenAPublished(episode("e1", 0))
                .andThenAPublished(episode("e2", 30));
        assertThrows(FixtureExecutionException.class, () -> given.andThenAPublished(episode("e3", 60)));
        given.whenPublishingA(episode("e3", 60))              // the retry
                .expectDispatchedCommands(repeatFlag("e3", "e1", "e2", "e3"));
    }

    @Test
    void aHighRiskFlagThatFailedIsSentAgainWhenTheEventIsRetried() {
        firstFlagCommandFails();
        ContinuedGivenState given = fixture.givenAPublished(episode("e0", -200));
        assertThrows(FixtureExecutionException.class,
                () -> given.andThenAPublished(episode("e1", T0, MissingRiskLevel.HIGH)));
        given.whenPublishingA(episode("e1", T0, MissingRiskLevel.HIGH))
                .expectDispatchedCommands(new FlagChildForExploitationPanelCommand("child-1:high:e1", "child-1",
                        ChildFlaggedForExploitationPanelEvent.HIGH_RISK_EPISODE, List.of("e1")));
    }

    @Test
    void aReassessmentToHighWhoseFlagFailedIsFlaggedOnTheRetry() {
        firstFlagCommandFails();
        MissingRiskReassessedEvent high = new MissingRiskReassessedEvent("e1", "child-1", MissingRiskLevel.MEDIUM,
                MissingRiskLevel.HIGH, "Seen with older males", BY, T0.plusSeconds(7200));
        ContinuedGivenState given = fixture.givenAPublished(episode("e1", 0));
        assertThrows(FixtureExecutionException.class, () -> given.andThenAPublished(high));
        given.whenPublishingA(high)
                .expectDispatchedCommands(new FlagChildForExploitationPanelCommand("child-1:high:e1", "child-1",
                        ChildFlaggedForExploitationPanelEvent.HIGH_RISK_EPISODE, List.of("e1")));
    }

    @Test
    void aRetryAfterAFlagThatSucceededSendsTheSameFlagIdSoItIsRecordedOnce() {
        // the flag was stored but the saga was not (a crash in between): the retry sends the same id
        fixture.givenAPublished(episode("e1", 0))
                .andThenAPublished(episode("e2", 30))
                .whenPublishingA(episode("e3", 60))
                .expectDispatchedCommands(repeatFlag("e3", "e1", "e2", "e3"));
        fixture.givenAPublished(episode("e1", 0))
                .andThenAPublished(episode("e2", 30))
                .andThenAPublished(episode("e3", 60))
                .whenPublishingA(episode("e4", 61))
                .expectNoDispatchedCommands();
    }

    // ---- merged records ---------------------------------------------------------------------------

    private static final String DUPLICATE = "child-2";

    private static ChildRecordsMergedEvent merged() {
        return new ChildRecordsMergedEvent(DUPLICATE, "child-1", "Same child: NHS number matches",
                new RecordedBy("admin", "northshire-csc"), T0.plus(Duration.ofDays(70)));
    }

    private static MissingHistoryHandedOverEvent handedOver(String what, List<EpisodeStart> episodes,
                                                            List<String> highRisk, List<String> flagged,
                                                            boolean atOrAbove) {
        return new MissingHistoryHandedOverEvent("missing-history:child-2>child-1:" + what, DUPLICATE, "child-1",
                episodes, highRisk, flagged, atOrAbove,
                new RecordedBy(SystemCommand.SYSTEM_USER, SystemCommand.SYSTEM_AGENCY), T0.plus(Duration.ofDays(70)));
    }

    private static EpisodeStart start(String id, int dayOffset) {
        return new EpisodeStart(id, T0.plus(Duration.ofDays(dayOffset)));
    }

    @Test
    void theDuplicatesWatcherHandsItsHistoryToTheSurvivorAtTheMerge() {
        fixture.givenAPublished(episodeOf(DUPLICATE, "d1", T0, MissingRiskLevel.HIGH))
                .andThenAPublished(episodeOf(DUPLICATE, "d2", T0.plus(Duration.ofDays(20)), MissingRiskLevel.MEDIUM))
                .whenPublishingA(merged())
                .expectDispatchedCommands(new HandOverMissingHistoryCommand("missing-history:child-2>child-1:merge",
                        DUPLICATE, "child-1", List.of(start("d1", 0), start("d2", 20)), List.of("d1"), List.of("d1"),
                        false));
    }

    @Test
    void aRecordWithoutEpisodesHasNothingToHandOver() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(merged())
                .expectNoDispatchedCommands();
    }

    /** The duplicate's two episodes, on days 0 and 20, neither flagged, handed over at the merge. */
    private static MissingHistoryHandedOverEvent twoEpisodesHandedOver() {
        return handedOver("merge", List.of(start("d1", 0), start("d2", 20)), List.of(), List.of(), false);
    }

    @Test
    void twoEpisodesOnTheDuplicateAndOneOnTheSurvivorFlagTheSurvivorAtTheMerge() {
        fixture.givenAPublished(episode("e1", 50))
                .whenPublishingA(twoEpisodesHandedOver())
                .expectDispatchedCommands(new FlagChildForExploitationPanelCommand("child-1:repeat:e1", "child-1",
                        ChildFlaggedForExploitationPanelEvent.REPEAT_MISSING, List.of("d1", "d2", "e1")));
    }

    @Test
    void aSurvivorWithoutEpisodesGetsAWatcherFromTheHandOver() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(twoEpisodesHandedOver())
                .expectNoDispatchedCommands()
                .expectActiveSagas(1)
                .expectAssociationWith("childId", "child-1");
        fixture.givenAPublished(twoEpisodesHandedOver())
                .whenPublishingA(episode("e1", 50))
                .expectDispatchedCommands(repeatFlag("e1", "d1", "d2", "e1"));
    }

    @Test
    void aRedeliveredHandOverFlagsNothingTwice() {
        MissingHistoryHandedOverEvent handOver = twoEpisodesHandedOver();
        fixture.givenAPublished(episode("e1", 50))
                .andThenAPublished(handOver)
                .whenPublishingA(handOver)
                .expectNoDispatchedCommands();
    }

    @Test
    void aDuplicateAlreadyAboveTheThresholdWasFlaggedAlreadyAndIsNotFlaggedAgain() {
        fixture.givenAPublished(episode("e1", 50))
                .whenPublishingA(handedOver("merge", List.of(start("d1", 0), start("d2", 10), start("d3", 20)),
                        List.of(), List.of(), true))
                .expectNoDispatchedCommands();
    }

    @Test
    void episodesOutsideTheWindowDoNotCountAcrossTheMergeEither() {
        fixture.givenAPublished(episode("e1", 150))
                .whenPublishingA(twoEpisodesHandedOver())
                .expectNoDispatchedCommands();
    }

    @Test
    void highRiskEpisodesFlaggedOnTheDuplicateAreNotFlaggedAgainButUnflaggedOnesAre() {
        fixture.givenAPublished(episode("e1", 50))
                .whenPublishingA(handedOver("merge", List.of(start("d1", 0)), List.of("d1", "d9"), List.of("d1"),
                        false))
                .expectDispatchedCommands(new FlagChildForExploitationPanelCommand("child-1:high:d9", "child-1",
                        ChildFlaggedForExploitationPanelEvent.HIGH_RISK_EPISODE, List.of("d9")));
    }

    @Test
    void anEpisodeReportedAgainstTheDuplicateAfterTheMergeIsHandedOverNotFlaggedThere() {
        fixture.givenAPublished(episodeOf(DUPLICATE, "d1", T0, MissingRiskLevel.MEDIUM))
                .andThenAPublished(merged())
                .whenPublishingA(episodeOf(DUPLICATE, "d2", T0.plus(Duration.ofDays(75)), MissingRiskLevel.HIGH))
                .expectDispatchedCommands(new HandOverMissingHistoryCommand(
                        "missing-history:child-2>child-1:episode:d2", DUPLICATE, "child-1",
                        List.of(start("d1", 0), start("d2", 75)), List.of("d2"), List.of(), false));
    }

    @Test
    void aLaterEpisodeHandedOverCountsForTheSurvivor() {
        fixture.givenAPublished(episode("e1", 50))
                .andThenAPublished(episode("e2", 60))
                .whenPublishingA(handedOver("episode:d2", List.of(start("d2", 75)), List.of(), List.of(), false))
                .expectDispatchedCommands(new FlagChildForExploitationPanelCommand("child-1:repeat:d2", "child-1",
                        ChildFlaggedForExploitationPanelEvent.REPEAT_MISSING, List.of("e1", "e2", "d2")));
    }

    @Test
    void aHandOverFailingOnceIsSentAgainOnTheRetry() {
        firstCommandFails(HandOverMissingHistoryCommand.class);
        ContinuedGivenState given = fixture.givenAPublished(episodeOf(DUPLICATE, "d1", T0, MissingRiskLevel.MEDIUM));
        assertThrows(FixtureExecutionException.class, () -> given.andThenAPublished(merged()));
        given.whenPublishingA(merged())
                .expectDispatchedCommands(new HandOverMissingHistoryCommand("missing-history:child-2>child-1:merge",
                        DUPLICATE, "child-1", List.of(start("d1", 0)), List.of(), List.of(), false));
    }

    @Test
    void aRecordMergedAwayPassesAHandOverItReceivesOnToItsOwnSurvivor() {
        // child-1 (the survivor of child-2) was itself merged into child-0 before child-2's hand-over arrived
        fixture.givenAPublished(episode("e1", 50))
                .andThenAPublished(new ChildRecordsMergedEvent("child-1", "child-0", "Same child",
                        new RecordedBy("admin", "northshire-csc"), T0.plus(Duration.ofDays(70))))
                .whenPublishingA(handedOver("merge", List.of(start("d1", 0)), List.of("d1"), List.of("d1"), false))
                .expectDispatchedCommands(new HandOverMissingHistoryCommand(
                        "missing-history:child-1>child-0:via:missing-history:child-2>child-1:merge", "child-1",
                        "child-0", List.of(start("d1", 0), start("e1", 50)), List.of("d1"), List.of("d1"), false));
    }
}
