package org.convene.coordination.panel;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
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
import org.convene.coordination.shared.api.RecordedBy;
import org.convene.coordination.shared.api.TextRules;

/**
 * A meeting of the exploitation panel: its date and chair, the chair's changes to the agenda (the
 * agenda itself is built by the read side from new referrals and due reviews) and who attended.
 */
@Aggregate(cache = "aggregateCache")
public class PanelMeeting {

    static final int MAX_TEXT = 4_000;

    @AggregateIdentifier
    private String meetingId;
    private LocalDate meetingDate;
    private final Set<String> added = new HashSet<>();
    private final Set<String> deferred = new HashSet<>();

    PanelMeeting() {
        // for Axon
    }

    @CommandHandler
    PanelMeeting(SchedulePanelMeetingCommand c, RecordedBy by) {
        Instant now = GenericEventMessage.clock.instant();
        LocalDate today = LocalDate.ofInstant(now, TextRules.UK);
        List<String> problems = new ArrayList<>();
        TextRules.requireId(c.meetingId(), "meeting id", problems);
        if (c.meetingDate() == null) {
            problems.add("Enter the date of the meeting.");
        } else if (c.meetingDate().isBefore(today.minusDays(31))) {
            problems.add("The meeting date is more than a month ago.");
        } else if (c.meetingDate().isAfter(today.plusYears(1))) {
            problems.add("The meeting date is more than a year ahead.");
        }
        TextRules.requireName(c.chairName(), "the chair's name", problems);
        TextRules.optionalText(c.location(), "The location", 200, problems);
        TextRules.throwIfAny(problems);
        apply(new PanelMeetingScheduledEvent(c.meetingId(), c.meetingDate(), c.startTime(), c.chairName().strip(),
                c.location() == null || c.location().isBlank() ? null : c.location().strip(),
                by, now));
    }

    @CommandHandler
    void handle(AddToPanelAgendaCommand c, PanelCases cases, RecordedBy by) {
        List<String> problems = new ArrayList<>();
        TextRules.requireId(c.childId(), "child id", problems);
        TextRules.requireText(c.reason(), "Give the reason for adding the young person to the agenda.", MAX_TEXT,
                problems);
        TextRules.throwIfAny(problems);
        if (added.contains(c.childId()) && !deferred.contains(c.childId())) {
            throw new CommandRejectedException("This young person is already added to the agenda.");
        }
        if (!cases.hasOpenCase(c.childId())) {
            throw new CommandRejectedException("Only a young person with an open panel case can be added to the "
                    + "agenda: refer them to the panel first.");
        }
        apply(new PanelAgendaItemAddedEvent(meetingId, meetingDate, c.childId(), c.reason().strip(),
                by, GenericEventMessage.clock.instant()));
    }

    @CommandHandler
    void handle(DeferPanelAgendaItemCommand c, RecordedBy by) {
        List<String> problems = new ArrayList<>();
        TextRules.requireId(c.childId(), "child id", problems);
        TextRules.requireText(c.reason(), "Give the reason for deferring the item.", MAX_TEXT, problems);
        TextRules.throwIfAny(problems);
        if (deferred.contains(c.childId())) {
            throw new CommandRejectedException("This item is already deferred from this meeting.");
        }
        apply(new PanelAgendaItemDeferredEvent(meetingId, meetingDate, c.childId(), c.reason().strip(),
                by, GenericEventMessage.clock.instant()));
    }

    @CommandHandler
    void handle(RecordPanelAttendanceCommand c, KnownAgencies agencies, RecordedBy by) {
        List<String> problems = new ArrayList<>();
        List<String> present = c.agenciesPresent() == null ? List.of() : c.agenciesPresent();
        List<String> apologies = c.apologies() == null ? List.of() : c.apologies();
        if (present.isEmpty()) {
            problems.add("Choose the agencies present.");
        }
        for (String a : concat(present, apologies)) {
            if (a == null || !agencies.exists(a)) {
                problems.add("Agency " + a + " is not a registered agency.");
            }
        }
        if (present.stream().anyMatch(apologies::contains)) {
            problems.add("An agency cannot be both present and sending apologies.");
        }
        TextRules.throwIfAny(problems);
        apply(new PanelMeetingAttendanceRecordedEvent(meetingId, meetingDate,
                List.copyOf(new LinkedHashSet<>(present)), List.copyOf(new LinkedHashSet<>(apologies)),
                by, GenericEventMessage.clock.instant()));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @EventSourcingHandler
    void on(PanelMeetingScheduledEvent e) {
        meetingId = e.meetingId();
        meetingDate = e.meetingDate();
    }

    @EventSourcingHandler
    void on(PanelAgendaItemAddedEvent e) {
        added.add(e.childId());
        deferred.remove(e.childId());
    }

    @EventSourcingHandler
    void on(PanelAgendaItemDeferredEvent e) {
        deferred.add(e.childId());
    }
}
