package org.convene.coordination.missing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.convene.coordination.missing.api.HandOverMissingHistoryCommand;
import org.convene.coordination.missing.api.MissingHistoryHandedOverEvent;
import org.convene.coordination.shared.api.MessageMetaData;
import org.convene.coordination.shared.api.RecordedBy;
import org.convene.coordination.shared.api.SystemCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A merged record's missing history handed over: recorded once per hand-over id, by the system. */
class MissingHistoryHandoverTest {

    private static final MetaData SYSTEM = MetaData.from(Map.of(MessageMetaData.USER_ID, SystemCommand.SYSTEM_USER,
            MessageMetaData.AGENCY_ID, SystemCommand.SYSTEM_AGENCY));
    private static final List<MissingHistoryHandedOverEvent.EpisodeStart> EPISODES = List.of(
            new MissingHistoryHandedOverEvent.EpisodeStart("d1", Instant.parse("2026-06-01T20:00:00Z")));

    private FixtureConfiguration<MissingHistoryHandover> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MissingHistoryHandover.class);
    }

    @Test
    void theHandOverIsRecordedWithWhoAndWhen() {
        Instant now = GenericEventMessage.clock.instant();
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(now)
                .when(new HandOverMissingHistoryCommand("missing-history:child-2>child-1:merge", "child-2", "child-1",
                        EPISODES, List.of("d1"), List.of("d1"), false), SYSTEM)
                .expectEvents(new MissingHistoryHandedOverEvent("missing-history:child-2>child-1:merge", "child-2",
                        "child-1", EPISODES, List.of("d1"), List.of("d1"), false,
                        new RecordedBy(SystemCommand.SYSTEM_USER, SystemCommand.SYSTEM_AGENCY), now));
    }
}
