package org.convene.coordination.panel;

import static org.convene.coordination.shared.TestActors.PANEL_CHAIR;
import static org.convene.coordination.shared.TestActors.PANEL_CHAIR_BY;
import static org.convene.coordination.shared.Refusals.refusal;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.convene.coordination.panel.api.AddToPanelAgendaCommand;
import org.convene.coordination.panel.api.DeferPanelAgendaItemCommand;
import org.convene.coordination.panel.api.PanelAgendaItemAddedEvent;
import org.convene.coordination.panel.api.PanelAgendaItemDeferredEvent;
import org.convene.coordination.panel.api.PanelMeetingAttendanceRecordedEvent;
import org.convene.coordination.panel.api.PanelMeetingScheduledEvent;
import org.convene.coordination.panel.api.RecordPanelAttendanceCommand;
import org.convene.coordination.panel.api.SchedulePanelMeetingCommand;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.coordination.shared.api.KnownAgencies;
import org.convene.coordination.shared.api.TextRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of a panel meeting: scheduling, agenda additions and deferrals, attendance. */
class PanelMeetingTest {

    private FixtureConfiguration<PanelMeeting> fixture;
    private Instant now;
    private LocalDate meetingDate;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PanelMeeting.class);
        fixture.registerInjectableResource((KnownAgencies) Set.of("northshire-police", "northshire-csc",
                "safe-steps")::contains);
        fixture.registerInjectableResource(new PanelCases(null, null) {
            @Override
            public boolean hasOpenCase(String childId) {
                return childId.startsWith("open-");
            }
        });
        now = fixture.givenNoPriorActivity().currentTime();
        meetingDate = LocalDate.ofInstant(now, TextRules.UK).plusDays(7);
    }

    private PanelMeetingScheduledEvent scheduled() {
        return new PanelMeetingScheduledEvent("m-1", meetingDate, LocalTime.of(10, 0), "Dana Whitlock",
                "Council House, room 2", PANEL_CHAIR_BY, now);
    }

    @Test
    void theChairSchedulesAMeeting() {
        fixture.givenNoPriorActivity()
                .when(new SchedulePanelMeetingCommand("m-1", meetingDate, LocalTime.of(10, 0), " Dana Whitlock ",
                        "Council House, room 2"), PANEL_CHAIR)
                .expectEvents(scheduled());
    }

    @Test
    void aMeetingWithoutDateOrChairOrFarAwayIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new SchedulePanelMeetingCommand("m-1", null, null, " ", null), PANEL_CHAIR)
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage(allOf(containsString("date of the meeting"), containsString("chair's name")))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new SchedulePanelMeetingCommand("m-1", meetingDate.plusYears(2), null, "Dana", null), PANEL_CHAIR)
                .expectException(refusal("more than a year ahead"))
                .expectNoEvents();
    }

    /** The chair's command on the scheduled meeting is refused with these words, and nothing is recorded. */
    private void refusedOnTheScheduledMeeting(Object command, String words) {
        fixture.given(scheduled())
                .when(command, PANEL_CHAIR)
                .expectException(refusal(words))
                .expectNoEvents();
    }

    @Test
    void theChairAddsAYoungPersonWithAnOpenCaseWithAReason() {
        fixture.given(scheduled())
                .when(new AddToPanelAgendaCommand("m-1", "open-child", " Arrested with others in Northgate "),
                        PANEL_CHAIR)
                .expectEvents(new PanelAgendaItemAddedEvent("m-1", meetingDate, "open-child",
                        "Arrested with others in Northgate", PANEL_CHAIR_BY, now));
        refusedOnTheScheduledMeeting(new AddToPanelAgendaCommand("m-1", "closed-child", "Worry"), "open panel case");
        refusedOnTheScheduledMeeting(new AddToPanelAgendaCommand("m-1", "open-child", ""), "reason for adding");
        fixture.given(scheduled(), new PanelAgendaItemAddedEvent("m-1", meetingDate, "open-child", "r",
                PANEL_CHAIR_BY, now))
                .when(new AddToPanelAgendaCommand("m-1", "open-child", "again"), PANEL_CHAIR)
                .expectException(refusal("already added"))
                .expectNoEvents();
    }

    @Test
    void deferringAnItemNeedsAReasonAndHappensOnce() {
        refusedOnTheScheduledMeeting(new DeferPanelAgendaItemCommand("m-1", "open-child", "  "),
                "reason for deferring");
        PanelAgendaItemDeferredEvent deferred = new PanelAgendaItemDeferredEvent("m-1", meetingDate, "open-child",
                "Social worker on leave", PANEL_CHAIR_BY, now);
        fixture.given(scheduled())
                .when(new DeferPanelAgendaItemCommand("m-1", "open-child", "Social worker on leave"), PANEL_CHAIR)
                .expectEvents(deferred);
        fixture.given(scheduled(), deferred)
                .when(new DeferPanelAgendaItemCommand("m-1", "open-child", "Again"), PANEL_CHAIR)
                .expectException(refusal("already deferred"))
                .expectNoEvents();
    }

    @Test
    void attendanceNamesRegisteredAgenciesPresentOrSendingApologies() {
        fixture.given(scheduled())
                .when(new RecordPanelAttendanceCommand("m-1", List.of("northshire-police", "northshire-csc",
                        "northshire-police"), List.of("safe-steps")), PANEL_CHAIR)
                .expectEvents(new PanelMeetingAttendanceRecordedEvent("m-1", meetingDate,
                        List.of("northshire-police", "northshire-csc"), List.of("safe-steps"), PANEL_CHAIR_BY, now));
        fixture.given(scheduled())
                .when(new RecordPanelAttendanceCommand("m-1", List.of("northshire-police", "made-up"),
                        List.of("northshire-police")), PANEL_CHAIR)
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage(allOf(containsString("made-up is not a registered agency"),
                        containsString("both present and sending apologies")))
                .expectNoEvents();
        fixture.given(scheduled())
                .when(new RecordPanelAttendanceCommand("m-1", List.of(), List.of()), PANEL_CHAIR)
                .expectException(refusal("agencies present"))
                .expectNoEvents();
    }
}
