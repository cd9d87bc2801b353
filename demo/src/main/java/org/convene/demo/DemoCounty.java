package org.convene.demo;

import static org.convene.demo.Northshire.CSC;
import static org.convene.demo.Northshire.HEALTH;
import static org.convene.demo.Northshire.POLICE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.panel.api.ActionHeading;
import org.convene.coordination.panel.api.AddToPanelAgendaCommand;
import org.convene.coordination.panel.api.ClosureReason;
import org.convene.coordination.panel.api.CompletePanelActionCommand;
import org.convene.coordination.panel.api.ExploitationType;
import org.convene.coordination.panel.api.PanelActionSpec;
import org.convene.coordination.panel.api.PanelRiskLevel;
import org.convene.coordination.panel.api.RecordPanelAttendanceCommand;
import org.convene.coordination.panel.api.RecordPanelDiscussionCommand;
import org.convene.coordination.panel.api.ReferYoungPersonToPanelCommand;
import org.convene.coordination.panel.api.SchedulePanelMeetingCommand;
import org.convene.coordination.shared.api.WorkingDays;
import org.convene.infra.store.MongoStoreConfiguration.EmbeddedStoreHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * A fictitious but realistic month of the fictitious county of Northshire, loaded through the real
 * command path when the embedded store starts empty: about {@code convene.demo.referrals-per-working-day}
 * referrals each working day for the last 20 working days (fewer at weekends), some children referred
 * again, each agency's checks, the meeting's decisions with actions (some done, some overdue), and
 * today's and the latest referrals still awaiting screening, so the meeting board looks like a real
 * morning. Repeatable: the same seed gives the same county.
 *
 * <p>Each step is recorded at the simulated time it would have happened: Axon's event clock is moved
 * forward step by step, in time order, before the application serves anyone, so "received",
 * "recorded" and "decided within one working day" read as they would in real life.
 */
@Component
class DemoCounty {

    private static final Logger log = LoggerFactory.getLogger(DemoCounty.class);
    private static final ZoneId UK = WorkingDays.UK;
    static final int WORKING_DAYS = 20;

    /** One command to send as a user at a simulated time. */
    private record Step(Instant at, String username, Object command) {
    }

    private final org.axonframework.commandhandling.CommandBus commandBus;
    private final MongoTemplate mongo;
    private final CountyUsers users;
    private final boolean enabled;
    private final int perWorkingDay;
    private final long seed;
    private final Ids ids;

    DemoCounty(org.axonframework.commandhandling.CommandBus commandBus, MongoTemplate mongo, CountyUsers users,
               EmbeddedStoreHolder embedded, @Value("${convene.demo.referrals:}") String setting,
               @Value("${convene.demo.referrals-per-working-day:25}") int perWorkingDay,
               @Value("${convene.demo.seed:20261123}") long seed) {
        this.commandBus = commandBus;
        this.mongo = mongo;
        this.users = users;
        this.enabled = setting.isBlank() ? embedded.isEmbedded() : Boolean.parseBoolean(setting);
        this.perWorkingDay = perWorkingDay;
        this.seed = seed;
        this.ids = new Ids("demo-" + seed);
    }

    /**
     * First among the start-up listeners: the month's events lie in the past, and tracking tokens are
     * time-based, so they must be stored before anything records an event at start (the KPI settings
     * carry-over).
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void loadDemoMonth() {
        if (!enabled || perWorkingDay < 1 || mongo.getCollection("domainevents").estimatedDocumentCount() > 0) {
            return;
        }
        log.info("Loading a fictitious month of Northshire referrals (first start on an empty store only)...");
        long started = System.nanoTime();
        try (SimulatedClock clock = new SimulatedClock(commandBus)) {
            int count = generate(clock.realNow(), clock);
            log.info("Loaded {} fictitious demo referrals in {} s", count,
                    (System.nanoTime() - started) / 1_000_000_000);
        } finally {
            users.signOut();
        }
    }

    private int generate(Instant now, SimulatedClock clock) {
        Random random = new Random(seed);
        WorkingDays workingDays = WorkingDays.ENGLAND;
        LocalDate today = LocalDate.ofInstant(now, UK);
        LocalDate first = today;
        for (int i = 0; i < WORKING_DAYS; i++) {
            first = first.minusDays(1);
            while (!workingDays.isWorkingDay(first)) {
                first = first.minusDays(1);
            }
        }
        List<CountyChild> known = new ArrayList<>();
        List<Step> planned = new ArrayList<>();
        Schedule steps = (at, username, command) -> {
            if (at.isBefore(now)) {
                planned.add(new Step(at, username, command));
            }
        };
        ReferralPlan referralPlan = new ReferralPlan(ids, "demo", "NP-DEMO-", 40, 40);
        int referrals = 0;
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            boolean working = workingDays.isWorkingDay(day);
            int todays = working ? Math.max(1, perWorkingDay - 4 + random.nextInt(9)) : Math.max(1, perWorkingDay / 5);
            if (day.equals(today)) {
                todays = Math.max(1, todays / 2);   // this morning so far: the overnight notifications
            }
            for (int r = 0; r < todays; r++) {
                LocalTime time = working ? LocalTime.of(7, 0).plusMinutes(random.nextInt(11 * 60))
                        : LocalTime.of(random.nextInt(24), random.nextInt(60));
                Instant receivedAt = day.atTime(time).atZone(UK).toInstant();
                if (receivedAt.isAfter(now.minus(Duration.ofMinutes(20)))) {
                    receivedAt = now.minus(Duration.ofMinutes(20 + random.nextInt(400)));
                }
                referralPlan.plan(referrals++, receivedAt, now, random, known, steps);
            }
        }
        planMissingEpisodes(first, now, random, known, steps);
        planExploitationPanel(first, now, known, steps);
        planned.sort((a, b) -> a.at().compareTo(b.at()));
        for (Step step : planned) {
            clock.moveTo(step.at());
            users.send(step.username(), step.command());
        }
        return referrals;
    }

    /**
     * Missing episodes for some of the older children: most back within a day and interviewed, a few
     * repeatedly missing (the panel flag follows), some still missing now or awaiting an interview.
     */
    private void planMissingEpisodes(LocalDate first, Instant now, Random random, List<CountyChild> known,
                                     Schedule steps) {
        List<CountyChild> teenagers = known.stream()
                .filter(c -> c.dob().isBefore(LocalDate.ofInstant(now, UK).minusYears(11)))
                .toList();
        int children = Math.min(teenagers.size(), Math.max(2, perWorkingDay * 3 / 5));
        Instant start = first.atStartOfDay(UK).toInstant();
        long span = Duration.between(start, now).getSeconds();
        for (int c = 0; c < children; c++) {
            CountyChild child = teenagers.get((c * 7) % teenagers.size());
            int episodes = c % 5 == 0 ? 3 : 1 + random.nextInt(2);
            for (int e = 0; e < episodes; e++) {
                Instant lastSeen = start.plusSeconds((long) (span * ((e + random.nextDouble()) / episodes) * 0.97));
                if (e == episodes - 1 && c % 6 == 1) {
                    lastSeen = now.minus(Duration.ofHours(3 + random.nextInt(10)));   // still missing this morning
                } else if (e == episodes - 1 && c % 6 == 2) {
                    lastSeen = now.minus(Duration.ofHours(36 + random.nextInt(12)));  // back, interview due
                }
                if (lastSeen.isBefore(child.registeredAt().plusSeconds(60))) {
                    lastSeen = child.registeredAt().plusSeconds(600 + random.nextInt(3600));
                }
                if (lastSeen.isAfter(now.minus(Duration.ofHours(2))) || lastSeen.isBefore(start)) {
                    continue;
                }
                String episodeId = ids.of("missing", c, e);
                boolean care = c % 4 == 0;
                MissingRiskLevel risk = List.of(MissingRiskLevel.LOW, MissingRiskLevel.MEDIUM, MissingRiskLevel.MEDIUM,
                        MissingRiskLevel.LOW, MissingRiskLevel.HIGH).get(random.nextInt(5));
                if (risk == MissingRiskLevel.HIGH && random.nextInt(3) != 0) {
                    risk = MissingRiskLevel.MEDIUM;   // high risk (which flags the child for the panel) is rarer
                }
                boolean stillMissing = e == episodes - 1 && c % 6 == 1;
                boolean interviewDue = e == episodes - 1 && c % 6 == 2;
                Instant back = interviewDue ? lastSeen.plus(Duration.ofHours(14))
                        : lastSeen.plus(Duration.ofHours(3 + random.nextInt(30)));
                if (stillMissing || back.isAfter(now.minus(Duration.ofMinutes(30)))) {
                    back = null;
                }
                Instant offered = back == null || interviewDue ? null
                        : back.plus(Duration.ofHours(4 + random.nextInt(30)));
                new MissingEpisodePlan(episodeId, child.childId(), care, lastSeen, risk, "MP-DEMO-" + (2000 + c * 10 + e),
                        "demo").plan(steps, random, lastSeen.plus(Duration.ofMinutes(40)), back, offered, 12);
            }
        }
    }

    /**
     * The exploitation panel: young people referred directly by agencies, a meeting held about two
     * weeks ago (attendance, each young person's risk level, actions under Prepare / Prevent /
     * Protect / Pursue, some since done, one overdue, one review already overdue, one case closed)
     * and the next meeting in three days, whose agenda holds the reviews falling due, a new
     * referral and one young person the chair added. (Screening decisions to refer to the panel and
     * repeat-missing flags bring more young people through the system triggers.)
     */
    private void planExploitationPanel(LocalDate first, Instant now, List<CountyChild> known, Schedule steps) {
        LocalDate today = LocalDate.ofInstant(now, UK);
        LocalDate heldOn = WorkingDays.ENGLAND.addWorkingDays(first, WORKING_DAYS / 2);
        if (!heldOn.isBefore(today)) {
            return;
        }
        Instant held = heldOn.atTime(10, 0).atZone(UK).toInstant();
        List<CountyChild> young = known.stream()
                .filter(c -> c.dob().isBefore(today.minusYears(12)) && c.dob().isAfter(today.minusYears(17)))
                .filter(c -> c.registeredAt().isBefore(held.minus(Duration.ofDays(2))))
                .limit(5).toList();
        List<CountyChild> later = known.stream()
                .filter(c -> c.dob().isBefore(today.minusYears(12)) && c.dob().isAfter(today.minusYears(17)))
                .filter(c -> c.registeredAt().isAfter(held) && c.registeredAt().isBefore(now.minus(Duration.ofDays(1))))
                .limit(1).toList();
        if (young.size() < 5) {
            return;
        }
        String pastMeeting = ids.of("panel-meeting", 1);
        String nextMeeting = ids.of("panel-meeting", 2);
        LocalDate nextOn = today.plusDays(3);
        steps.add(first.atTime(8, 30).atZone(UK).toInstant(), "panel.chair",
                new SchedulePanelMeetingCommand(pastMeeting, heldOn, LocalTime.of(10, 0), "Chris Lyle",
                        "Northshire House, committee room 2"));

        String[] referrers = {"panel.member", "return.worker", "social.screener", "panel.member", "health.screener"};
        List<List<ExploitationType>> types = Northshire.EXPLOITATION;
        String[] reasons = {"Found in a flat in Eastbridge with cash and two phones; suspected county lines.",
                "Return interview: gifts and phone credit from older males met online.",
                "School reports a new older peer group and a knife seen in a bag.",
                "Seen getting into cars with older males near the bus station.",
                "Works unpaid at a car wash after school; does not hold own ID."};
        PanelRiskLevel[] initial = {PanelRiskLevel.HIGH, PanelRiskLevel.MEDIUM, PanelRiskLevel.MEDIUM,
                PanelRiskLevel.MEDIUM, PanelRiskLevel.LOW};
        for (int i = 0; i < young.size(); i++) {
            CountyChild child = young.get(i);
            Instant referredAt = child.registeredAt().plus(Duration.ofHours(2 + i));
            steps.add(referredAt, referrers[i], new ReferYoungPersonToPanelCommand(child.childId(),
                    ids.of("panel-referral", i),
                    types.get(i), initial[i], reasons[i] + " Fictitious demo record."));
        }
        steps.add(held.plus(Duration.ofMinutes(5)), "panel.chair", new RecordPanelAttendanceCommand(
                pastMeeting, List.of(CSC, POLICE, HEALTH, "safe-steps"), List.of("northshire-education")));

        PanelRiskLevel[] agreed = {PanelRiskLevel.HIGH, PanelRiskLevel.HIGH, PanelRiskLevel.MEDIUM,
                PanelRiskLevel.MEDIUM, PanelRiskLevel.LOW};
        LocalDate[] reviews = {nextOn, nextOn, heldOn.plusDays(7), heldOn.plusWeeks(8), null};
        for (int i = 0; i < young.size(); i++) {
            CountyChild child = young.get(i);
            Instant at = held.plus(Duration.ofMinutes(20L * (i + 1)));
            String discussionId = ids.of("panel-discussion", i);
            List<PanelActionSpec> actions = new ArrayList<>();
            if (i < 4) {
                actions.add(new PanelActionSpec(actionId(i, 0), ActionHeading.PROTECT,
                        "Safety plan agreed with the young person and carer", CSC, heldOn.plusDays(7)));
                actions.add(new PanelActionSpec(actionId(i, 1), ActionHeading.PURSUE,
                        "Disruption visit to the address of concern", POLICE, heldOn.plusDays(10)));
                actions.add(new PanelActionSpec(actionId(i, 2), ActionHeading.PREVENT,
                        "Weekly mentoring sessions with a youth worker", "safe-steps", heldOn.plusDays(21)));
                if (i == 0) {
                    actions.add(new PanelActionSpec(actionId(i, 3), ActionHeading.PREPARE,
                            "Prepare the young person for a police interview with an intermediary", POLICE,
                            heldOn.plusDays(5)));
                }
            }
            steps.add(at, "panel.chair", new RecordPanelDiscussionCommand(child.childId(), discussionId,
                    pastMeeting, heldOn, agreed[i],
                    "Agreed after each agency's update (fictitious demo rationale).", types.get(i),
                    i % 2 == 0 ? List.of("Northtown bus station", "Flat above the Eastbridge takeaway")
                            : List.of("Kingsford retail park"),
                    i < 3 ? List.of("The Canal Street group") : List.of(), actions, reviews[i],
                    i == 4 ? ClosureReason.RISK_REDUCED : null,
                    i == 4 ? "Settled at college; no new concerns from any agency." : null));
            if (i < 4) {
                // Protect and Pursue done on time; the mentoring still open; child 0's Prepare action overdue
                steps.add(heldOn.plusDays(6).atTime(15, 0).atZone(UK).toInstant(), "panel.chair",
                        new CompletePanelActionCommand(child.childId(), actionId(i, 0), heldOn.plusDays(6),
                                "Safety plan signed by the young person and their carer."));
                if (i != 1) {
                    steps.add(heldOn.plusDays(9).atTime(11, 0).atZone(UK).toInstant(), "panel.member",
                            new CompletePanelActionCommand(child.childId(), actionId(i, 1), heldOn.plusDays(9),
                                    "Visit made; two adults spoken to and warned."));
                }
            }
        }
        for (CountyChild child : later) {
            steps.add(child.registeredAt().plus(Duration.ofHours(3)), "panel.member",
                    new ReferYoungPersonToPanelCommand(child.childId(),
                            ids.of("panel-referral", "later"),
                            List.of(ExploitationType.CRIMINAL), PanelRiskLevel.MEDIUM,
                            "Stopped with a large amount of cash on a train to the city. Fictitious demo record."));
        }
        Instant scheduled = now.minus(Duration.ofDays(2));
        steps.add(scheduled, "panel.chair", new SchedulePanelMeetingCommand(nextMeeting, nextOn,
                LocalTime.of(10, 0), "Chris Lyle", "Northshire House, committee room 2"));
        steps.add(scheduled.plus(Duration.ofMinutes(10)), "panel.chair", new AddToPanelAgendaCommand(
                nextMeeting, young.get(3).childId(), "New police intelligence about the car park group."));
    }

    private String actionId(int child, int action) {
        return ids.of("panel-action", child, action);
    }
}
