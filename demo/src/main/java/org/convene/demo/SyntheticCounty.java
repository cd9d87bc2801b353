package org.convene.demo;

import static org.convene.demo.Northshire.CSC;
import static org.convene.demo.Northshire.HEALTH;
import static org.convene.demo.Northshire.POLICE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.LongConsumer;

import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.panel.api.ActionHeading;
import org.convene.coordination.panel.api.ClosureReason;
import org.convene.coordination.panel.api.CompletePanelActionCommand;
import org.convene.coordination.panel.api.ExploitationType;
import org.convene.coordination.panel.api.PanelActionSpec;
import org.convene.coordination.panel.api.PanelRiskLevel;
import org.convene.coordination.panel.api.RecordPanelAttendanceCommand;
import org.convene.coordination.panel.api.RecordPanelDiscussionCommand;
import org.convene.coordination.panel.api.ReferYoungPersonToPanelCommand;
import org.convene.coordination.panel.api.SchedulePanelMeetingCommand;
import org.convene.query.panel.api.FindPanelAgendaQuery;
import org.convene.query.panel.api.PanelAgenda;
import org.axonframework.eventhandling.GenericEventMessage;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.shared.api.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A synthetic county of the size in docs/domain sizing, for a chosen number of years ending now,
 * sent through the real command gateway (the real aggregates and rules, as the fictitious users of
 * each agency): per year about 6,400 referrals of which about 2,400 police domestic-abuse
 * notifications, each agency's checks, the meeting's decisions and actions (most done), and about
 * 2,000 missing episodes of 700 children with their returns and return interviews, and the
 * exploitation panel: about 150 young people a year referred (by screening decisions and missing
 * flags through the real triggers, and directly by agencies), discussed at a monthly meeting whose
 * agenda the chair reads from the panel's read model, with risk levels, actions (most done by their
 * owner agency), reviews and closures. All names are fictitious; the same seed gives the same
 * commands (system reactions that depend on timing, such as an interview deadline passing, may differ).
 *
 * <p>As in {@link DemoCounty}, every command is sent at its simulated time (Axon's event clock is
 * moved forward, in time order), so events record when they happened and who did them. The store
 * must not hold events later than the start of the generated history (tracking tokens are
 * time-based).
 */
@Component
public class SyntheticCounty {

    private static final Logger log = LoggerFactory.getLogger(SyntheticCounty.class);
    private static final ZoneId UK = WorkingDays.UK;

    /** What a run sent: counts per kind and the gateway latency of every command. */
    public record Result(int referrals, int domesticAbuseNotifications, int missingEpisodes, int missingChildren,
                         int children, int panelMeetings, int panelDiscussions, int commands, int refused,
                         long nanos) {
    }

    /** A panel meeting being held: the chair works through its agenda as the panel's read model shows it. */
    private record HoldPanelMeeting(String meetingId, LocalDate heldOn) {
    }

    private record Step(Instant at, long order, String username, Object command) {
    }

    private final org.axonframework.commandhandling.CommandBus commandBus;
    private final QueryGateway queries;
    private SimulatedClock clock;
    private final CountyStore store;
    private final CountyUsers users;

    SyntheticCounty(org.axonframework.commandhandling.CommandBus commandBus, QueryGateway queries, CountyStore store,
                    CountyUsers users) {
        this.commandBus = commandBus;
        this.queries = queries;
        this.store = store;
        this.users = users;
    }

    /**
     * Sends {@code years} years of the county ending at the current time; {@code latency} receives
     * the gateway round trip of each command in nanoseconds.
     */
    public Result generate(int years, long seed, LongConsumer latency) {
        return generateDays(years * 365, seed, latency);
    }

    /** As {@link #generate}, for a number of days. */
    public Result generateDays(int days, long seed, LongConsumer latency) {
        return generateDays(days, seed, GenericEventMessage.clock.instant(), latency);
    }

    /** As {@link #generate}, for the {@code days} before {@code end} (a past instant: tests choose the calendar). */
    Result generateDays(int days, long seed, Instant end, LongConsumer latency) {
        try (SimulatedClock simulated = new SimulatedClock(commandBus)) {
            clock = simulated;
            return run(days, seed, end, latency);
        } finally {
            clock = null;
            users.signOut();
        }
    }

    private Result run(int days, long seed, Instant now, LongConsumer latency) {
        long started = System.nanoTime();
        Random random = new Random(seed);
        LocalDate today = LocalDate.ofInstant(now, UK);
        LocalDate first = today.minusDays(days);
        PriorityQueue<Step> queue = new PriorityQueue<>((a, b) -> a.at().equals(b.at())
                ? Long.compare(a.order(), b.order()) : a.at().compareTo(b.at()));
        long[] order = {0};
        List<CountyChild> known = new ArrayList<>();
        int[] sent = {0, 0, 0, 0};   // commands, refused, panel meetings held, panel discussions
        Schedule steps = (at, username, command) -> add(queue, order, at, now, username, command);
        ReferralPlan referralPlan = new ReferralPlan(new Ids("county-" + seed), "synthetic", "NP-SYN-", 37, 80);
        int referrals = 0;
        int domesticAbuse = 0;
        int episodes = 0;
        int missingChildren = 0;
        LocalDate yearStart = first;
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            Instant dayStart = day.atStartOfDay(UK).toInstant();
            drain(queue, dayStart, latency, sent, order, now, seed);
            planPanelMeetings(seed, day, day.equals(first), now, queue, order);
            if (WorkingDays.ENGLAND.isWorkingDay(day) && random.nextInt(14) == 0) {
                planDirectPanelReferral(seed, day, now, random, known, queue, order);
            }
            if (!day.isBefore(yearStart)) {
                // Each year's missing children: teenagers already known, and some not known before.
                int[] planned = planMissingYear(seed, day, Math.min(365, (int) (today.toEpochDay() - day.toEpochDay())),
                        now, random, known, queue, order, steps);
                episodes += planned[0];
                missingChildren += planned[1];
                yearStart = day.plusYears(1);
            }
            boolean working = WorkingDays.ENGLAND.isWorkingDay(day);
            int todays = working ? 20 + random.nextInt(9) : 2 + random.nextInt(3);
            for (int r = 0; r < todays; r++) {
                LocalTime time = working ? LocalTime.of(7, 0).plusMinutes(random.nextInt(11 * 60))
                        : LocalTime.of(random.nextInt(24), random.nextInt(60));
                Instant receivedAt = day.atTime(time).atZone(UK).toInstant();
                if (referralPlan.plan(referrals++, receivedAt, now, random, known, steps)) {
                    domesticAbuse++;
                }
            }
            if (day.getDayOfMonth() == 1) {
                log.info("Synthetic county: {} sent, now at {} ({} referrals planned)", sent[0], day, referrals);
            }
        }
        drain(queue, now, latency, sent, order, now, seed);
        queue.clear();
        return new Result(referrals, domesticAbuse, episodes, missingChildren, known.size(), sent[2], sent[3],
                sent[0], sent[1], System.nanoTime() - started);
    }

    private void drain(PriorityQueue<Step> queue, Instant until, LongConsumer latency, int[] sent, long[] order,
                       Instant now, long seed) {
        while (!queue.isEmpty() && queue.peek().at().isBefore(until)) {
            Step step = queue.poll();
            clock.moveTo(step.at());
            if (step.command() instanceof HoldPanelMeeting meeting) {
                sent[2]++;
                sent[3] += holdPanelMeeting(seed, meeting, step.at(), now, queue, order);
                continue;
            }
            long t0 = System.nanoTime();
            try {
                users.send(step.username(), step.command());
            } catch (RuntimeException e) {
                sent[1]++;
                log.debug("Refused: {} ({})", step.command().getClass().getSimpleName(), e.getMessage());
            }
            latency.accept(System.nanoTime() - t0);
            sent[0]++;
        }
    }

    private static void add(PriorityQueue<Step> queue, long[] order, Instant at, Instant now, String username,
                            Object command) {
        if (at.isBefore(now)) {
            queue.add(new Step(at, order[0]++, username, command));
        }
    }

    private static String id(long seed, String kind, Object... parts) {
        return new Ids("county-" + seed).of(kind, parts);
    }

    /**
     * A year's missing episodes from {@code start}: about 700 children, 2,000 episodes (most children
     * once, some repeatedly), each found within hours, most offered and given a return interview.
     * Returns {episodes, children}.
     */
    private int[] planMissingYear(long seed, LocalDate start, int days, Instant now, Random random,
                                  List<CountyChild> known, PriorityQueue<Step> queue, long[] order, Schedule steps) {
        int children = 700 * days / 365;
        int episodes = 0;
        Instant from = start.atStartOfDay(UK).toInstant();
        List<CountyChild> teenagers = new ArrayList<>(known.stream().filter(k -> k.dob().isBefore(start.minusYears(11))
                && k.dob().isAfter(start.minusYears(17))).toList());
        for (int c = 0; c < children; c++) {
            CountyChild child;
            if (!teenagers.isEmpty() && random.nextInt(10) < 6) {
                child = teenagers.remove(random.nextInt(teenagers.size()));
            } else {
                Instant registeredAt = from.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 7)));
                child = new CountyChild(id(seed, "missing-child", start, c), start.minusDays(11 * 365 + random.nextInt(6 * 365)),
                        registeredAt);
                known.add(child);
                add(queue, order, registeredAt, now, "police.screener", Northshire.registration(child.childId(),
                        Northshire.name(random, Northshire.surname(random)), child.dob(), random));
            }
            int roll = random.nextInt(100);
            int count = roll < 40 ? 1 : roll < 60 ? 2 : roll < 75 ? 3 : roll < 90 ? 5 : 9;
            long slot = Duration.ofDays(days).getSeconds() / count;
            boolean care = random.nextInt(4) == 0;
            for (int e = 0; e < count; e++) {
                Instant lastSeen = from.plusSeconds(slot * e + (long) (random.nextDouble() * slot * 0.8));
                if (!lastSeen.isAfter(child.registeredAt().plus(Duration.ofHours(1)))) {
                    continue;
                }
                String episodeId = id(seed, "episode", start, c, e);
                // about 1 in 90 episodes assessed high risk (each flags the child for the exploitation panel)
                MissingRiskLevel risk = random.nextInt(90) == 0 ? MissingRiskLevel.HIGH
                        : List.of(MissingRiskLevel.LOW, MissingRiskLevel.MEDIUM, MissingRiskLevel.MEDIUM,
                        MissingRiskLevel.LOW, MissingRiskLevel.NO_APPARENT_RISK).get(random.nextInt(5));
                Instant reported = lastSeen.plus(Duration.ofMinutes(40 + random.nextInt(120)));
                if (!reported.isBefore(now)) {
                    continue;
                }
                episodes++;
                Instant back = reported.plus(Duration.ofHours(2 + random.nextInt(40)));
                new MissingEpisodePlan(episodeId, child.childId(), care, lastSeen, risk,
                        "MP-SYN-" + (start.getYear() * 100000L + c * 10L + e), "synthetic")
                        .plan(steps, random, reported, back, back.plus(Duration.ofHours(4 + random.nextInt(40))), 10);
            }
        }
        return new int[] {episodes, children};
    }

    // ------------------------------------------------------------------ the exploitation panel

    private static final String SAFE_STEPS = "safe-steps";
    private static final List<String> PANEL_AGENCIES = List.of(POLICE, CSC, HEALTH, SAFE_STEPS);
    private static final java.util.Map<String, String> PANEL_USER_OF = java.util.Map.of(POLICE, "panel.member",
            CSC, "panel.chair", HEALTH, "health.screener", SAFE_STEPS, "return.worker");
    private static final java.util.Map<ActionHeading, List<String>> PANEL_ACTIONS = java.util.Map.of(
            ActionHeading.PREPARE, List.of("Prepare the young person for a police interview with an intermediary",
                    "Plan the move to a placement outside the area with the young person"),
            ActionHeading.PREVENT, List.of("Weekly mentoring sessions with a youth worker",
                    "School to agree a reduced-timetable support plan", "Sexual health and healthy relationships work"),
            ActionHeading.PROTECT, List.of("Safety plan agreed with the young person and carer",
                    "Share the places of concern with the night-time economy team", "Return home interview follow-up"),
            ActionHeading.PURSUE, List.of("Disruption visit to the address of concern",
                    "Child abduction warning notice to the adult of concern", "Intelligence report on the peer group"));
    private static final List<String> PLACES = List.of("Northtown bus station", "Flat above the Eastbridge takeaway",
            "Kingsford retail park", "Westmere canal path", "Southholt skate park");
    private static final List<String> PEER_GROUPS = List.of("The Canal Street group", "Older males with a grey car",
            "An online gaming group");

    /** Whether the panel meets on this day: the second Wednesday of each month (the next working day if not). */
    static boolean isPanelDay(LocalDate day) {
        LocalDate second = day.withDayOfMonth(1);
        while (second.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
            second = second.plusDays(1);
        }
        second = second.plusWeeks(1);
        while (!WorkingDays.ENGLAND.isWorkingDay(second)) {
            second = second.plusDays(1);
        }
        return second.equals(day);
    }

    /**
     * The chair schedules each monthly meeting three weeks ahead (on the first day, the meetings of
     * the coming three weeks too), records attendance when it starts and then holds it.
     */
    private void planPanelMeetings(long seed, LocalDate day, boolean firstDay, Instant now, PriorityQueue<Step> queue,
                                   long[] order) {
        for (LocalDate meetingDay = firstDay ? day : day.plusDays(21); !meetingDay.isAfter(day.plusDays(21));
             meetingDay = meetingDay.plusDays(1)) {
            if (!isPanelDay(meetingDay)) {
                continue;
            }
            String meetingId = id(seed, "panel-meeting", meetingDay);
            Instant scheduledAt = day.atTime(8, 30).atZone(UK).toInstant();
            Instant startsAt = meetingDay.atTime(10, 0).atZone(UK).toInstant();
            add(queue, order, scheduledAt, now, "panel.chair", new SchedulePanelMeetingCommand(meetingId, meetingDay,
                    LocalTime.of(10, 0), "Chris Lyle", "Northshire House, committee room 2"));
            Random random = new Random(seed ^ meetingDay.toEpochDay());
            List<String> present = new ArrayList<>(PANEL_AGENCIES);
            List<String> apologies = new ArrayList<>(List.of("northshire-education"));
            if (random.nextInt(4) == 0) {
                apologies.add(present.remove(2));
            }
            add(queue, order, startsAt.plus(Duration.ofMinutes(5)), now, "panel.chair",
                    new RecordPanelAttendanceCommand(meetingId, present, apologies));
            add(queue, order, startsAt.plus(Duration.ofMinutes(10)), now, "panel.chair",
                    new HoldPanelMeeting(meetingId, meetingDay));
        }
    }

    /** An agency refers a teenager it is worried about straight to the panel (about 18 a year). */
    private void planDirectPanelReferral(long seed, LocalDate day, Instant now, Random random, List<CountyChild> known,
                                         PriorityQueue<Step> queue, long[] order) {
        Instant at = day.atTime(11, 0).atZone(UK).toInstant().plus(Duration.ofMinutes(random.nextInt(300)));
        List<CountyChild> teenagers = known.subList(Math.max(0, known.size() - 3000), known.size()).stream()
                .filter(k -> k.dob().isBefore(day.minusYears(12)) && k.dob().isAfter(day.minusYears(17)))
                .filter(k -> k.registeredAt().isBefore(at.minus(Duration.ofDays(2))))
                .toList();
        if (teenagers.isEmpty()) {
            return;
        }
        CountyChild child = teenagers.get(random.nextInt(teenagers.size()));
        String referrer = List.of("panel.member", "return.worker", "social.screener", "health.screener")
                .get(random.nextInt(4));
        List<ExploitationType> types = Northshire.EXPLOITATION.get(random.nextInt(Northshire.EXPLOITATION.size()));
        add(queue, order, at, now, referrer, new ReferYoungPersonToPanelCommand(child.childId(),
                id(seed, "panel-referral", day, child.childId()), types,
                List.of(PanelRiskLevel.LOW, PanelRiskLevel.MEDIUM, PanelRiskLevel.MEDIUM, PanelRiskLevel.HIGH)
                        .get(random.nextInt(4)),
                "Seen with older peers and unexplained cash and phones. Fictitious synthetic record."));
    }

    /**
     * Holds a meeting: once every projection has caught up (and the triggers have referred everyone
     * they will), the chair reads the agenda and records each young person's discussion at its
     * time, with actions that their owner agencies mostly complete by the due date. Returns the
     * number of discussions planned.
     */
    private int holdPanelMeeting(long seed, HoldPanelMeeting meeting, Instant at, Instant now, PriorityQueue<Step> queue,
                                 long[] order) {
        PanelAgenda agenda;
        try {
            awaitQuiet();
            agenda = users.as("panel.chair", () -> queries.query(new FindPanelAgendaQuery(meeting.meetingId()),
                    PanelAgenda.class).join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while holding a panel meeting", e);
        } catch (java.util.concurrent.TimeoutException | RuntimeException e) {
            log.warn("Panel meeting {} not held: {}", meeting.heldOn(), e.getMessage());
            return 0;
        }
        if (agenda == null) {
            return 0;
        }
        Random random = new Random(seed ^ (meeting.heldOn().toEpochDay() * 31));
        LocalDate heldOn = meeting.heldOn();
        int discussed = 0;
        for (PanelAgenda.Item item : agenda.items()) {
            if (item.discussed()) {
                continue;
            }
            Instant discussedAt = at.plus(Duration.ofMinutes(5 + 12L * discussed));
            PanelRiskLevel current = item.riskLevel() == null ? PanelRiskLevel.MEDIUM : item.riskLevel();
            PanelRiskLevel agreed = nextRisk(current, random);
            boolean review = item.reason() != PanelAgenda.Reason.NEW_REFERRAL;
            ClosureReason closure = null;
            if (item.dateOfBirth() != null && !item.dateOfBirth().plusYears(18).isAfter(heldOn)) {
                closure = ClosureReason.TURNED_18;
            } else if (review && agreed == PanelRiskLevel.LOW && random.nextInt(100) < 65) {
                closure = ClosureReason.RISK_REDUCED;
            } else if (review && random.nextInt(100) < 5) {
                closure = random.nextBoolean() ? ClosureReason.MOVED_OUT_OF_AREA : ClosureReason.TRANSFERRED;
            }
            String discussionId = id(seed, "panel-discussion", meeting.meetingId(), item.childId());
            List<PanelActionSpec> actions = new ArrayList<>();
            if (closure == null) {
                List<ActionHeading> headings = new ArrayList<>(List.of(ActionHeading.values()));
                java.util.Collections.shuffle(headings, random);
                int count = 1 + random.nextInt(agreed == PanelRiskLevel.HIGH ? 4 : 2);
                for (int a = 0; a < count; a++) {
                    ActionHeading heading = headings.get(a);
                    List<String> choices = PANEL_ACTIONS.get(heading);
                    String owner = heading == ActionHeading.PURSUE ? POLICE
                            : PANEL_AGENCIES.get(random.nextInt(PANEL_AGENCIES.size()));
                    LocalDate due = heldOn.plusDays(7 + random.nextInt(22));
                    String actionId = id(seed, "panel-action", discussionId, a);
                    actions.add(new PanelActionSpec(actionId, heading, choices.get(random.nextInt(choices.size())),
                            owner, due));
                    if (random.nextInt(10) < 8) {   // most done by the due date, a few late or never
                        LocalDate doneOn = random.nextInt(8) == 0 ? due.plusDays(1 + random.nextInt(10))
                                : due.minusDays(random.nextInt(5));
                        if (!doneOn.isAfter(heldOn)) {
                            doneOn = heldOn.plusDays(1);
                        }
                        add(queue, order, doneOn.atTime(14, 0).atZone(UK).toInstant(), now, PANEL_USER_OF.get(owner),
                                new CompletePanelActionCommand(item.childId(), actionId, doneOn,
                                        "Done; reported to the panel coordinator."));
                    }
                }
            }
            LocalDate nextReview = closure != null ? null
                    : heldOn.plusDays(agreed == PanelRiskLevel.HIGH ? 35 : 35 + 28L * random.nextInt(2));
            add(queue, order, discussedAt, now, "panel.chair", new RecordPanelDiscussionCommand(item.childId(),
                    discussionId, meeting.meetingId(), heldOn, agreed,
                    "Agreed after each agency's update (fictitious synthetic rationale).", List.of(),
                    random.nextInt(3) == 0 ? List.of() : List.of(PLACES.get(random.nextInt(PLACES.size()))),
                    random.nextInt(3) == 0 ? List.of(PEER_GROUPS.get(random.nextInt(PEER_GROUPS.size()))) : List.of(),
                    actions, nextReview, closure,
                    closure == null ? null : "Agreed by the panel (fictitious synthetic note)."));
            discussed++;
        }
        return discussed;
    }

    private static PanelRiskLevel nextRisk(PanelRiskLevel current, Random random) {
        int roll = random.nextInt(100);
        return switch (current) {
            case HIGH -> roll < 50 ? PanelRiskLevel.HIGH : roll < 95 ? PanelRiskLevel.MEDIUM : PanelRiskLevel.LOW;
            case MEDIUM -> roll < 15 ? PanelRiskLevel.HIGH : roll < 55 ? PanelRiskLevel.MEDIUM : PanelRiskLevel.LOW;
            case LOW -> roll < 15 ? PanelRiskLevel.MEDIUM : PanelRiskLevel.LOW;
        };
    }

    /** Waits until the projections have handled every event and the triggers have sent nothing more. */
    private void awaitQuiet() throws java.util.concurrent.TimeoutException, InterruptedException {
        long before;
        do {
            before = store.eventCount();
            store.awaitProjections();
        } while (store.eventCount() != before);
    }
}
