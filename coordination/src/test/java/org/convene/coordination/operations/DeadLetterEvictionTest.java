package org.convene.coordination.operations;

import static org.convene.coordination.shared.TestActors.actor;

import java.time.Instant;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.convene.coordination.operations.api.DeadLetterEvictedEvent;
import org.convene.coordination.operations.api.RecordDeadLetterEvictionCommand;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.coordination.shared.api.RecordedBy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeadLetterEvictionTest {

    private static final MetaData ADMIN = actor("admin", "northshire-csc");

    private FixtureConfiguration<DeadLetterEviction> fixture;
    private Instant now;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DeadLetterEviction.class);
        now = fixture.givenNoPriorActivity().currentTime();
    }

    @Test
    void recordsWhoRemovedWhichEventWhenAndWhy() {
        fixture.givenNoPriorActivity()
                .when(new RecordDeadLetterEvictionCommand("e-1", "chronology", "child-1", "event-1",
                        "ChildRegisteredEvent", "Name too long", " Fixed by hand after a data correction "), ADMIN)
                .expectEvents(new DeadLetterEvictedEvent("e-1", "chronology", "child-1", "event-1",
                        "ChildRegisteredEvent", "Name too long", "Fixed by hand after a data correction",
                        new RecordedBy("admin", "northshire-csc"), now));
    }

    @Test
    void refusesAnEvictionWithoutAReason() {
        fixture.givenNoPriorActivity()
                .when(new RecordDeadLetterEvictionCommand("e-1", "chronology", "child-1", "event-1",
                        "ChildRegisteredEvent", "Name too long", "  "), ADMIN)
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("Say why this event is removed.");
    }
}
