package org.convene.demo;

import static org.convene.demo.DemoCounty.ACTIONS;
import static org.convene.demo.DemoCounty.CSC;
import static org.convene.demo.DemoCounty.ETHNICITY;
import static org.convene.demo.DemoCounty.FIRST_NAMES;
import static org.convene.demo.DemoCounty.HEALTH;
import static org.convene.demo.DemoCounty.LOCALITIES;
import static org.convene.demo.DemoCounty.OTHER_CONCERNS;
import static org.convene.demo.DemoCounty.OTHER_SOURCES;
import static org.convene.demo.DemoCounty.POLICE;
import static org.convene.demo.DemoCounty.SCREENER_OF;
import static org.convene.demo.DemoCounty.SURNAMES;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongConsumer;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.convene.coordination.child.api.AgencyIdentifier;
import org.convene.coordination.child.api.IdentifierType;
import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.coordination.missing.api.CareAbsenceType;
import org.convene.coordination.missing.api.InterviewFindings;
import org.convene.coordination.missing.api.InterviewOutcome;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.missing.api.OfferReturnInterviewCommand;
import org.convene.coordination.missing.api.RecordChildReturnedCommand;
import org.convene.coordination.missing.api.RecordReturnInterviewOutcomeCommand;
import org.convene.coordination.missing.api.ReportMissingEpisodeCommand;
import org.convene.coordination.referral.api.ActionSpec;
import org.convene.coordination.referral.api.AdultRole;
import org.convene.coordination.referral.api.CompleteActionCommand;
import org.convene.coordination.referral.api.DashLevel;
import org.convene.coordination.referral.api.InvolvedAdult;
import org.convene.coordination.referral.api.ReceiveReferralCommand;
import org.convene.coordination.referral.api.RecordAgencyContributionCommand;
import org.convene.coordination.referral.api.RecordScreeningDecisionCommand;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.coordination.referral.api.ScreeningDecision;
import org.convene.coordination.referral.api.ScreeningResponse;
import org.convene.coordination.shared.api.WorkingDays;
import org.convene.infra.security.MongoUserDetailsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * A synthetic county of the size in docs/domain sizing, for a chosen number of years ending now,
 * sent through the real command gateway (the real aggregates and rules, as the fictitious users of
 * each agency): per year about 6,400 referrals of which about 2,400 police domestic-abuse
 * notifications, each agency's checks, the meeting's decisions and actions (most done), and about
 * 2,000 missing episodes of 700 children with their returns and return interviews. All names are
 * fictitious; the same seed gives the same county.
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
                         int children, int commands, int refused, long nanos) {
    }

    private record Step(Instant at, long order, String username, Object command) {
    }

    private record Kid(String childId, LocalDate dob, Instant registeredAt) {
    }

    private final CommandGateway commands;
    private final MongoUserDetailsService users;
    private final java.util.Map<String, UserDetails> userCache = new java.util.concurrent.ConcurrentHashMap<>();

    SyntheticCounty(CommandGateway commands, MongoUserDetailsService users) {
        this.commands = commands;
        this.users = users;
    }

    /**
     * Sends {@code years} years of the county ending at the current time; {@code latency} receives
     * the gateway round trip of each command in nanoseconds.
     */
    public Result generate(int years, long seed, LongConsumer latency) {
        return generateDays(years * 365, seed, latency);
    }

    /** As {@link #generate}, for a number of days (tests use a few weeks). */
    public Result generateDays(int days, long seed, LongConsumer latency) {
        Clock realClock = GenericEventMessage.clock;
        try {
            return run(days, seed, realClock.instant(), latency);
        } finally {
            GenericEventMessage.clock = realClock;
            SecurityContextHolder.clearContext();
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
        List<Kid> known = new ArrayList<>();
        int[] sent = {0, 0};
        int referrals = 0;
        int domesticAbuse = 0;
        int episodes = 0;
        int missingChildren = 0;
        LocalDate yearStart = first;
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            Instant dayStart = day.atStartOfDay(UK).toInstant();
            drain(queue, dayStart, latency, sent);
            if (!day.isBefore(yearStart)) {
                // Each year's missing children: teenagers already known, and some not known before.
                int[] planned = planMissingYear(seed, day, Math.min(365, (int) (today.toEpochDay() - day.toEpochDay())),
                        now, random, known, queue, order);
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
                if (planReferral(seed, referrals++, receivedAt, now, random, known, queue, order)) {
                    domesticAbuse++;
                }
            }
            if (day.getDayOfMonth() == 1) {
                log.info("Synthetic county: {} sent, now at {} ({} referrals planned)", sent[0], day, referrals);
            }
        }
        drain(queue, now, latency, sent);
        queue.clear();
        return new Result(referrals, domesticAbuse, episodes, missingChildren, known.size(), sent[0], sent[1],
                System.nanoTime() - started);
    }

    private void drain(PriorityQueue<Step> queue, Instant until, LongConsumer latency, int[] sent) {
        while (!queue.isEmpty() && queue.peek().at().isBefore(until)) {
            Step step = queue.poll();
            GenericEventMessage.clock = Clock.fixed(step.at(), UK);
            long t0 = System.nanoTime();
            try {
                send(step.username(), step.command());
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
        StringBuilder key = new StringBuilder("county-").append(seed).append('-').append(kind);
        for (Object part : parts) {
            key.append('-').append(part);
        }
        return UUID.nameUUIDFromBytes(key.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    private static String name(Random random, String family) {
        String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
        return random.nextInt(3) == 0 ? first + "-" + FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())) + " " + family
                : first + " " + family;
    }

    private static RegisterChildCommand registration(String childId, String name, LocalDate dob, Random random) {
        List<AgencyIdentifier> ids = random.nextBoolean() ? List.of()
                : List.of(new AgencyIdentifier(IdentifierType.NHS_NUMBER, DemoCounty.nhsNumber(random)));
        return new RegisterChildCommand(childId, name, dob, false, random.nextBoolean() ? "1" : "2",
                random.nextInt(10) == 0 ? null : ETHNICITY.get(random.nextInt(ETHNICITY.size())),
                LOCALITIES.get(random.nextInt(LOCALITIES.size())), ids, random.nextInt(20) == 0);
    }

    /** One referral and what follows it; true if it is a police domestic-abuse notification. */
    private boolean planReferral(long seed, int n, Instant receivedAt, Instant now, Random random, List<Kid> known,
                                 PriorityQueue<Step> queue, long[] order) {
        boolean domesticAbuse = random.nextInt(100) < 37;
        String referralId = id(seed, "referral", n);
        LocalDate receivedDay = LocalDate.ofInstant(receivedAt, UK);
        Instant recordedAt = receivedAt.plus(Duration.ofMinutes(5 + random.nextInt(50)));
        String recorder = domesticAbuse ? "police.screener" : "social.screener";
        String family = SURNAMES.get(random.nextInt(SURNAMES.size()));
        List<String> childIds = new ArrayList<>();
        int children = domesticAbuse ? 1 + random.nextInt(3) : 1;
        for (int c = 0; c < children; c++) {
            if (known.size() > 50 && random.nextInt(100) < 15) {
                Kid again = known.get(known.size() - 1 - random.nextInt(Math.min(known.size() - 1, 6000)));
                if (again.registeredAt().isBefore(recordedAt.minus(Duration.ofDays(1)))
                        && !childIds.contains(again.childId())) {
                    childIds.add(again.childId());   // a re-referral
                    continue;
                }
            }
            Kid child = new Kid(id(seed, "child", n, c), receivedDay.minusDays(200 + random.nextInt(17 * 365)),
                    recordedAt.minusSeconds(30 - c));
            known.add(child);
            childIds.add(child.childId());
            add(queue, order, child.registeredAt(), now, recorder,
                    registration(child.childId(), name(random, family), child.dob(), random));
        }
        DashLevel dash = domesticAbuse ? List.of(DashLevel.STANDARD, DashLevel.STANDARD, DashLevel.STANDARD,
                DashLevel.MEDIUM, DashLevel.MEDIUM, DashLevel.HIGH).get(random.nextInt(6)) : null;
        String parent = name(random, family);
        String partner = name(random, SURNAMES.get(random.nextInt(SURNAMES.size())));
        add(queue, order, recordedAt, now, recorder, new ReceiveReferralCommand(referralId, receivedAt,
                domesticAbuse ? "6" : OTHER_SOURCES.get(random.nextInt(OTHER_SOURCES.size())),
                domesticAbuse ? ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION
                        : random.nextInt(5) == 0 ? ReferralType.OTHER : ReferralType.PROFESSIONAL_CONCERN,
                receivedDay.minusDays(random.nextInt(2)), childIds,
                domesticAbuse ? List.of(new InvolvedAdult(parent, AdultRole.VICTIM),
                        new InvolvedAdult(partner, AdultRole.ALLEGED_PERPETRATOR))
                        : List.of(new InvolvedAdult(parent, AdultRole.PARENT_OR_CARER)),
                domesticAbuse ? List.of("3A", "3B") : List.of(OTHER_CONCERNS.get(random.nextInt(OTHER_CONCERNS.size()))),
                dash,
                domesticAbuse ? "Police attended a reported argument at the family home; the children were present. "
                        + "Fictitious synthetic record."
                        : "Concern raised about the child's presentation and attendance. Fictitious synthetic record.",
                random.nextInt(12) == 0, domesticAbuse ? "NP-SYN-" + (100000 + n) : null));

        LocalDate meetingDay = WorkingDays.ENGLAND.addWorkingDays(receivedDay, random.nextInt(10) == 0 ? 2 : 1);
        Instant meeting = meetingDay.atTime(9, 30).atZone(UK).toInstant().plus(Duration.ofMinutes(random.nextInt(150)));
        Instant checks = meeting.minus(Duration.ofMinutes(60));
        if (checks.isBefore(recordedAt)) {
            checks = recordedAt.plus(Duration.ofMinutes(10));
        }
        add(queue, order, checks, now, "police.screener", new RecordAgencyContributionCommand(referralId, domesticAbuse,
                domesticAbuse ? "Previous incidents at the address; perpetrator on bail conditions."
                        : "No police information held."));
        add(queue, order, checks.plusSeconds(300), now, "health.screener", new RecordAgencyContributionCommand(
                referralId, random.nextBoolean(), "Registered with a GP; health visiting contacts up to date."));
        if (random.nextBoolean()) {
            add(queue, order, checks.plusSeconds(600), now, "social.screener", new RecordAgencyContributionCommand(
                    referralId, random.nextBoolean(), "Previous early help episode, closed last year."));
        }
        ScreeningResponse response = domesticAbuse
                ? List.of(ScreeningResponse.INFORMATION_AND_SIGNPOSTING, ScreeningResponse.EARLY_HELP,
                        ScreeningResponse.CHILD_AND_FAMILY_ASSESSMENT, ScreeningResponse.MARAC_REFERRAL,
                        ScreeningResponse.NO_FURTHER_ACTION).get(random.nextInt(5))
                : List.of(ScreeningResponse.NO_FURTHER_ACTION, ScreeningResponse.EARLY_HELP,
                        ScreeningResponse.SINGLE_AGENCY_REFERRAL, ScreeningResponse.CHILD_AND_FAMILY_ASSESSMENT,
                        ScreeningResponse.EXPLOITATION_PANEL_REFERRAL).get(random.nextInt(5));
        if (dash == DashLevel.HIGH) {
            response = random.nextBoolean() ? ScreeningResponse.STRATEGY_DISCUSSION : ScreeningResponse.MARAC_REFERRAL;
        }
        List<ActionSpec> actions = new ArrayList<>();
        if (response != ScreeningResponse.NO_FURTHER_ACTION) {
            int count = 1 + random.nextInt(2);
            for (int a = 0; a < count; a++) {
                String owner = List.of(POLICE, CSC, HEALTH).get(random.nextInt(3));
                LocalDate due = LocalDate.ofInstant(meeting, UK).plusDays(2 + random.nextInt(12));
                String actionId = id(seed, "action", n, a);
                List<String> choices = ACTIONS.get(owner);
                actions.add(new ActionSpec(actionId, choices.get(random.nextInt(choices.size())), owner, due));
                Instant doneAt = due.atTime(14, 0).atZone(UK).toInstant().minus(Duration.ofDays(random.nextInt(3)));
                if (random.nextInt(10) < 9 && doneAt.isAfter(meeting)) {
                    add(queue, order, doneAt, now, SCREENER_OF.get(owner),
                            new CompleteActionCommand(referralId, actionId, "Done; no further concerns noted."));
                }
            }
        }
        boolean highRisk = dash == DashLevel.HIGH;
        add(queue, order, meeting, now, "mash.chair", new RecordScreeningDecisionCommand(referralId,
                id(seed, "decision", n), new ScreeningDecision(List.of(POLICE, CSC, HEALTH), response,
                        response == ScreeningResponse.SINGLE_AGENCY_REFERRAL ? "School nursing service" : null,
                        highRisk ? 4 : 1 + random.nextInt(3),
                        domesticAbuse ? (highRisk ? 4 : 1 + random.nextInt(3)) : null,
                        "Agreed at the daily meeting after each agency's checks (fictitious synthetic rationale).",
                        actions)));
        return domesticAbuse;
    }

    /**
     * A year's missing episodes from {@code start}: about 700 children, 2,000 episodes (most children
     * once, some repeatedly), each found within hours, most offered and given a return interview.
     * Returns {episodes, children}.
     */
    private int[] planMissingYear(long seed, LocalDate start, int days, Instant now, Random random, List<Kid> known,
                                  PriorityQueue<Step> queue, long[] order) {
        int children = 700 * days / 365;
        int episodes = 0;
        Instant from = start.atStartOfDay(UK).toInstant();
        List<Kid> teenagers = new ArrayList<>(known.stream().filter(k -> k.dob().isBefore(start.minusYears(11))
                && k.dob().isAfter(start.minusYears(17))).toList());
        for (int c = 0; c < children; c++) {
            Kid child;
            if (!teenagers.isEmpty() && random.nextInt(10) < 6) {
                child = teenagers.remove(random.nextInt(teenagers.size()));
            } else {
                Instant registeredAt = from.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 7)));
                child = new Kid(id(seed, "missing-child", start, c), start.minusDays(11 * 365 + random.nextInt(6 * 365)),
                        registeredAt);
                known.add(child);
                add(queue, order, registeredAt, now, "police.screener", registration(child.childId(),
                        name(random, SURNAMES.get(random.nextInt(SURNAMES.size()))), child.dob(), random));
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
                MissingRiskLevel risk = List.of(MissingRiskLevel.LOW, MissingRiskLevel.MEDIUM, MissingRiskLevel.MEDIUM,
                        MissingRiskLevel.LOW, MissingRiskLevel.HIGH, MissingRiskLevel.NO_APPARENT_RISK)
                        .get(random.nextInt(6));
                Instant reported = lastSeen.plus(Duration.ofMinutes(40 + random.nextInt(120)));
                if (!reported.isBefore(now)) {
                    continue;
                }
                episodes++;
                add(queue, order, reported, now, "police.screener", new ReportMissingEpisodeCommand(episodeId,
                        child.childId(), care ? MissingFrom.CARE : MissingFrom.HOME,
                        care ? (random.nextInt(3) == 0 ? CareAbsenceType.A : CareAbsenceType.M) : null,
                        lastSeen, "MP-SYN-" + (start.getYear() * 100000L + c * 10L + e), risk,
                        care ? "Residential care worker" : "Parent",
                        "Did not come home after school. Fictitious synthetic record.", "Northtown bus station"));
                Instant back = reported.plus(Duration.ofHours(2 + random.nextInt(40)));
                add(queue, order, back.plus(Duration.ofMinutes(20)), now, "police.screener",
                        new RecordChildReturnedCommand(episodeId, back, "A friend's house in Eastbridge", "Police", null));
                Instant offered = back.plus(Duration.ofHours(4 + random.nextInt(40)));
                add(queue, order, offered, now, "return.worker",
                        new OfferReturnInterviewCommand(episodeId, "Safe Steps Youth Charity", offered));
                if (random.nextInt(10) == 0) {
                    continue;   // never held: the clock marks it overdue
                }
                Instant held = offered.plus(Duration.ofHours(2 + random.nextInt(60)));
                boolean declined = random.nextInt(8) == 0;
                add(queue, order, held.plusSeconds(900), now, "return.worker", new RecordReturnInterviewOutcomeCommand(
                        episodeId, declined ? InterviewOutcome.DECLINED_BY_CHILD : InterviewOutcome.COMPLETED, held,
                        declined ? null : new InterviewFindings("Arguments at home about curfew",
                                "Older friends with a car", "A friend's flat in Eastbridge",
                                random.nextInt(4) == 0 ? List.of("Gifts and phone credit from older males") : List.of(),
                                null, List.of()),
                        null));
            }
        }
        return new int[] {episodes, children};
    }

    private void send(String username, Object command) {
        UserDetails user = userCache.computeIfAbsent(username, users::loadUserByUsername);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        commands.sendAndWait(command);
    }
}
