package org.convene.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
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
import org.convene.infra.store.MongoStoreConfiguration.EmbeddedStoreHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
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

    static final String POLICE = "northshire-police";
    static final String CSC = "northshire-csc";
    static final String HEALTH = "northshire-health";
    static final Map<String, String> SCREENER_OF = Map.of(POLICE, "police.screener", CSC,
            "social.screener", HEALTH, "health.screener");

    static final List<String> FIRST_NAMES = List.of("Amira", "Tobias", "Lola", "Reuben", "Skye", "Hamza",
            "Freya", "Milo", "Zara", "Ellis", "Noor", "Kayden", "Isla", "Theo", "Maya", "Jaxon", "Aisha", "Finley",
            "Ruby", "Kai", "Evie", "Ollie", "Leah", "Rory", "Sienna", "Ibrahim", "Poppy", "Louis", "Ava", "Dylan",
            "Harper", "Zain", "Millie", "Caleb", "Esme", "Arlo", "Layla", "Reggie", "Nia", "Ezra");
    static final List<String> SURNAMES = List.of("Fenwick", "Quill", "Marchetti", "Ashdown", "Pemberton",
            "Oduya", "Lockhart", "Trevanion", "Kettleby", "Ravensworth", "Castellane", "Brightwater", "Hollings",
            "Okonjo", "Varga", "Pryce", "Delacroix", "Mbeki", "Farrant", "Sutcliffe", "Nakamura", "Thistlewood",
            "Abara", "Kowalczyk", "Penhaligon", "Hussaini", "Greaves", "Dunmore", "Whitlock", "Osei");
    static final List<String> LOCALITIES = List.of("Northtown", "Eastbridge", "Westmere", "Southholt",
            "Kingsford", "Ashby Vale");
    static final List<String> ETHNICITY = List.of("WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WOTH",
            "WROM", "MWBC", "MWAS", "APKN", "AIND", "ABAN", "BAFR", "BCRB", "CHNE", "OOTH", "REFU");
    static final List<String> OTHER_CONCERNS = List.of("1B", "2B", "4B", "6A", "8B", "10A", "11A", "18B",
            "24A");
    static final List<String> OTHER_SOURCES = List.of("2A", "2A", "3A", "3B", "3E", "5A", "1A", "4", "5D");
    static final Map<String, List<String>> ACTIONS = Map.of(
            POLICE, List.of("Share the notification with the school's DSL", "Complete a DASH review with the victim",
                    "Check bail conditions and tell the school"),
            CSC, List.of("Offer the family an early help assessment", "Social worker to visit the family",
                    "Check the child's school attendance"),
            HEALTH, List.of("Health visitor to arrange a home visit", "School nurse to see the child",
                    "GP to review the child's health needs"));

    /** One command to send as a user at a simulated time. */
    private record Step(Instant at, String username, Object command) {
    }

    private record DemoChild(String childId, String name, LocalDate dob, Instant registeredAt) {
    }

    private final CommandGateway commands;
    private final org.axonframework.commandhandling.CommandBus commandBus;
    private final MongoTemplate mongo;
    private final MongoUserDetailsService users;
    private final boolean enabled;
    private final int perWorkingDay;
    private final long seed;

    DemoCounty(CommandGateway commands, org.axonframework.commandhandling.CommandBus commandBus, MongoTemplate mongo,
               MongoUserDetailsService users,
               EmbeddedStoreHolder embedded, @Value("${convene.demo.referrals:}") String setting,
               @Value("${convene.demo.referrals-per-working-day:25}") int perWorkingDay,
               @Value("${convene.demo.seed:20261123}") long seed) {
        this.commands = commands;
        this.commandBus = commandBus;
        this.mongo = mongo;
        this.users = users;
        this.enabled = setting.isBlank() ? embedded.isEmbedded() : Boolean.parseBoolean(setting);
        this.perWorkingDay = perWorkingDay;
        this.seed = seed;
    }

    @EventListener(ApplicationReadyEvent.class)
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
            SecurityContextHolder.clearContext();
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
        List<DemoChild> known = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
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
                planReferral(referrals++, receivedAt, now, random, known, steps);
            }
        }
        planMissingEpisodes(first, now, random, known, steps);
        planExploitationPanel(first, now, known, steps);
        steps.sort((a, b) -> a.at().compareTo(b.at()));
        for (Step step : steps) {
            clock.moveTo(step.at());
            send(step.username(), step.command());
        }
        return referrals;
    }

    /**
     * Missing episodes for some of the older children: most back within a day and interviewed, a few
     * repeatedly missing (the panel flag follows), some still missing now or awaiting an interview.
     */
    private void planMissingEpisodes(LocalDate first, Instant now, Random random, List<DemoChild> known,
                                     List<Step> steps) {
        List<DemoChild> teenagers = known.stream()
                .filter(c -> c.dob().isBefore(LocalDate.ofInstant(now, UK).minusYears(11)))
                .toList();
        int children = Math.min(teenagers.size(), Math.max(2, perWorkingDay * 3 / 5));
        Instant start = first.atStartOfDay(UK).toInstant();
        long span = Duration.between(start, now).getSeconds();
        for (int c = 0; c < children; c++) {
            DemoChild child = teenagers.get((c * 7) % teenagers.size());
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
                String episodeId = UUID.nameUUIDFromBytes(("demo-missing-" + seed + "-" + c + "-" + e).getBytes())
                        .toString();
                boolean care = c % 4 == 0;
                MissingRiskLevel risk = List.of(MissingRiskLevel.LOW, MissingRiskLevel.MEDIUM, MissingRiskLevel.MEDIUM,
                        MissingRiskLevel.LOW, MissingRiskLevel.HIGH).get(random.nextInt(5));
                if (risk == MissingRiskLevel.HIGH && random.nextInt(3) != 0) {
                    risk = MissingRiskLevel.MEDIUM;   // high risk (which flags the child for the panel) is rarer
                }
                steps.add(new Step(lastSeen.plus(Duration.ofMinutes(40)), "police.screener",
                        new ReportMissingEpisodeCommand(episodeId, child.childId(),
                                care ? MissingFrom.CARE : MissingFrom.HOME,
                                care ? (random.nextInt(3) == 0 ? CareAbsenceType.A : CareAbsenceType.M) : null,
                                lastSeen, "MP-DEMO-" + (2000 + c * 10 + e), risk,
                                care ? "Residential care worker" : "Parent",
                                "Did not come home after school. Fictitious demo record.", "Northtown bus station")));
                Instant back = lastSeen.plus(Duration.ofHours(3 + random.nextInt(30)));
                if (e == episodes - 1 && c % 6 == 1) {
                    continue;   // still missing
                }
                if (e == episodes - 1 && c % 6 == 2) {
                    back = lastSeen.plus(Duration.ofHours(14));
                }
                if (back.isAfter(now.minus(Duration.ofMinutes(30)))) {
                    continue;   // still missing
                }
                steps.add(new Step(back.plus(Duration.ofMinutes(20)), "police.screener",
                        new RecordChildReturnedCommand(episodeId, back, "A friend's house in Eastbridge", "Police",
                                null)));
                Instant offered = back.plus(Duration.ofHours(4 + random.nextInt(30)));
                if (offered.isAfter(now) || (e == episodes - 1 && c % 6 == 2)) {
                    continue;   // awaiting the interview
                }
                steps.add(new Step(offered, "return.worker",
                        new OfferReturnInterviewCommand(episodeId, "Safe Steps Youth Charity", offered)));
                Instant held = offered.plus(Duration.ofHours(2 + random.nextInt(40)));
                if (held.isAfter(now) || random.nextInt(12) == 0) {
                    continue;   // not yet, or never: the clock will mark it overdue
                }
                boolean declined = random.nextInt(8) == 0;
                steps.add(new Step(held.plusSeconds(900), "return.worker", new RecordReturnInterviewOutcomeCommand(
                        episodeId, declined ? InterviewOutcome.DECLINED_BY_CHILD : InterviewOutcome.COMPLETED, held,
                        declined ? null : new InterviewFindings("Arguments at home about curfew",
                                "Older friends with a car", "A friend's flat in Eastbridge",
                                random.nextInt(4) == 0 ? List.of("Gifts and phone credit from older males") : List.of(),
                                null, List.of()),
                        null)));
            }
        }
    }

    private void planReferral(int n, Instant receivedAt, Instant now, Random random, List<DemoChild> known,
                              List<Step> steps) {
        boolean domesticAbuse = random.nextInt(100) < 40;
        String referralId = UUID.nameUUIDFromBytes(("demo-referral-" + seed + "-" + n).getBytes()).toString();
        LocalDate receivedDay = LocalDate.ofInstant(receivedAt, UK);
        Instant recordedAt = receivedAt.plus(Duration.ofMinutes(5 + random.nextInt(50)));
        if (recordedAt.isAfter(now)) {
            recordedAt = now.minusSeconds(60);
        }
        String recorder = domesticAbuse ? "police.screener" : "social.screener";

        List<String> childIds = new ArrayList<>();
        String family = SURNAMES.get(random.nextInt(SURNAMES.size()));
        int children = domesticAbuse ? 1 + random.nextInt(3) : 1;
        for (int c = 0; c < children; c++) {
            Instant registeredBy = recordedAt.minus(Duration.ofDays(1));
            List<DemoChild> earlier = known.stream().filter(k -> k.registeredAt().isBefore(registeredBy)).toList();
            if (!earlier.isEmpty() && random.nextInt(100) < 15) {
                DemoChild again = earlier.get(random.nextInt(earlier.size()));   // a re-referral
                if (!childIds.contains(again.childId())) {
                    childIds.add(again.childId());
                    continue;
                }
            }
            DemoChild child = new DemoChild(UUID.nameUUIDFromBytes(("demo-child-" + seed + "-" + n + "-" + c)
                    .getBytes()).toString(), FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())) + " " + family,
                    receivedDay.minusDays(200 + random.nextInt(17 * 365)), recordedAt.minusSeconds(30 - c));
            known.add(child);
            childIds.add(child.childId());
            List<AgencyIdentifier> ids = random.nextBoolean() ? List.of()
                    : List.of(new AgencyIdentifier(IdentifierType.NHS_NUMBER, nhsNumber(random)));
            steps.add(new Step(child.registeredAt(), recorder, new RegisterChildCommand(child.childId(),
                    child.name(), child.dob(), false, random.nextBoolean() ? "1" : "2",
                    random.nextInt(10) == 0 ? null : ETHNICITY.get(random.nextInt(ETHNICITY.size())),
                    LOCALITIES.get(random.nextInt(LOCALITIES.size())), ids, random.nextInt(20) == 0)));
        }
        DashLevel dash = domesticAbuse ? List.of(DashLevel.STANDARD, DashLevel.STANDARD, DashLevel.STANDARD,
                DashLevel.MEDIUM, DashLevel.MEDIUM, DashLevel.HIGH).get(random.nextInt(6)) : null;
        String parent = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())) + " " + family;
        String partner = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())) + " "
                + SURNAMES.get(random.nextInt(SURNAMES.size()));
        steps.add(new Step(recordedAt, recorder, new ReceiveReferralCommand(referralId, receivedAt,
                domesticAbuse ? "6" : OTHER_SOURCES.get(random.nextInt(OTHER_SOURCES.size())),
                domesticAbuse ? ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION
                        : random.nextInt(5) == 0 ? ReferralType.OTHER : ReferralType.PROFESSIONAL_CONCERN,
                receivedDay.minusDays(random.nextInt(2)), childIds,
                domesticAbuse ? List.of(new InvolvedAdult(parent, AdultRole.VICTIM),
                        new InvolvedAdult(partner, AdultRole.ALLEGED_PERPETRATOR))
                        : List.of(new InvolvedAdult(parent, AdultRole.PARENT_OR_CARER)),
                domesticAbuse ? List.of("3A", "3B")
                        : List.of(OTHER_CONCERNS.get(random.nextInt(OTHER_CONCERNS.size()))),
                dash,
                domesticAbuse ? "Police attended a reported argument at the family home; the children were "
                        + "present. Fictitious demo record."
                        : "Concern raised about the child's presentation and attendance. Fictitious demo record.",
                random.nextInt(12) == 0, domesticAbuse ? "NP-DEMO-" + (10000 + n) : null)));

        // Screened at the next meeting: the first working day after receipt (one in ten a day late).
        LocalDate meetingDay = WorkingDays.ENGLAND.addWorkingDays(receivedDay, random.nextInt(10) == 0 ? 2 : 1);
        Instant meeting = meetingDay.atTime(9, 30).atZone(UK).toInstant()
                .plus(Duration.ofMinutes(random.nextInt(150)));
        if (meeting.isAfter(now.minus(Duration.ofMinutes(30)))) {
            // Still awaiting screening: the police may already have done their checks.
            Instant checks = recordedAt.plus(Duration.ofMinutes(30));
            if (random.nextBoolean() && checks.isBefore(now)) {
                steps.add(new Step(checks, "police.screener", new RecordAgencyContributionCommand(referralId,
                        domesticAbuse, domesticAbuse ? "Two previous call-outs to the address this year."
                        : "Nothing held.")));
            }
            return;
        }
        Instant checks = meeting.minus(Duration.ofMinutes(60));
        steps.add(new Step(checks, "police.screener", new RecordAgencyContributionCommand(referralId,
                domesticAbuse, domesticAbuse ? "Previous incidents at the address; perpetrator on bail conditions."
                : "No police information held.")));
        steps.add(new Step(checks.plusSeconds(300), "health.screener", new RecordAgencyContributionCommand(
                referralId, random.nextBoolean(), "Registered with a GP; health visiting contacts up to date.")));
        if (random.nextBoolean()) {
            steps.add(new Step(checks.plusSeconds(600), "social.screener", new RecordAgencyContributionCommand(
                    referralId, random.nextBoolean(), "Previous early help episode, closed last year.")));
        }
        ScreeningResponse response = domesticAbuse
                ? List.of(ScreeningResponse.INFORMATION_AND_SIGNPOSTING, ScreeningResponse.EARLY_HELP,
                        ScreeningResponse.CHILD_AND_FAMILY_ASSESSMENT, ScreeningResponse.MARAC_REFERRAL,
                        ScreeningResponse.NO_FURTHER_ACTION).get(random.nextInt(5))
                : List.of(ScreeningResponse.NO_FURTHER_ACTION, ScreeningResponse.EARLY_HELP,
                        ScreeningResponse.SINGLE_AGENCY_REFERRAL, ScreeningResponse.CHILD_AND_FAMILY_ASSESSMENT,
                        ScreeningResponse.EXPLOITATION_PANEL_REFERRAL).get(random.nextInt(5));
        if (response == ScreeningResponse.EXPLOITATION_PANEL_REFERRAL
                && (random.nextInt(8) != 0 || !allYoungPeople(childIds, known, receivedDay))) {
            // the meeting sends a young person (10 or older) to the panel now and then (the trigger
            // refers them), not one referral in five: the county's panel sees about a dozen new young
            // people a month
            response = ScreeningResponse.CHILD_AND_FAMILY_ASSESSMENT;
        }
        if (dash == DashLevel.HIGH) {
            response = random.nextBoolean() ? ScreeningResponse.STRATEGY_DISCUSSION : ScreeningResponse.MARAC_REFERRAL;
        }
        List<ActionSpec> actions = new ArrayList<>();
        List<Step> completions = new ArrayList<>();
        if (response != ScreeningResponse.NO_FURTHER_ACTION) {
            int count = 1 + random.nextInt(2);
            for (int a = 0; a < count; a++) {
                String owner = List.of(POLICE, CSC, HEALTH).get(random.nextInt(3));
                LocalDate due = LocalDate.ofInstant(meeting, UK).plusDays(2 + random.nextInt(12));
                String actionId = UUID.nameUUIDFromBytes((referralId + "-action-" + a).getBytes()).toString();
                List<String> choices = ACTIONS.get(owner);
                actions.add(new ActionSpec(actionId, choices.get(random.nextInt(choices.size())), owner, due));
                Instant doneAt = due.atTime(14, 0).atZone(UK).toInstant().minus(Duration.ofDays(random.nextInt(3)));
                if (random.nextInt(10) < 9 && doneAt.isBefore(now) && doneAt.isAfter(meeting)) {
                    completions.add(new Step(doneAt, SCREENER_OF.get(owner),
                            new CompleteActionCommand(referralId, actionId, "Done; no further concerns noted.")));
                }
            }
        }
        boolean highRisk = dash == DashLevel.HIGH;
        steps.add(new Step(meeting, "mash.chair", new RecordScreeningDecisionCommand(referralId,
                UUID.nameUUIDFromBytes((referralId + "-decision").getBytes()).toString(),
                new ScreeningDecision(List.of(POLICE, CSC, HEALTH), response,
                        response == ScreeningResponse.SINGLE_AGENCY_REFERRAL ? "School nursing service" : null,
                        highRisk ? 4 : 1 + random.nextInt(3),
                        domesticAbuse ? (highRisk ? 4 : 1 + random.nextInt(3)) : null,
                        "Agreed at the daily meeting after each agency's checks (fictitious demo rationale).",
                        actions))));
        steps.addAll(completions);
    }

    /** Whether every child of a referral is old enough for the exploitation panel (10 or older). */
    private static boolean allYoungPeople(List<String> childIds, List<DemoChild> known, LocalDate on) {
        return childIds.stream().allMatch(id -> known.stream().filter(k -> k.childId().equals(id)).findFirst()
                .map(k -> !k.dob().isAfter(on.minusYears(10))).orElse(false));
    }

    /**
     * The exploitation panel: young people referred directly by agencies, a meeting held about two
     * weeks ago (attendance, each young person's risk level, actions under Prepare / Prevent /
     * Protect / Pursue, some since done, one overdue, one review already overdue, one case closed)
     * and the next meeting in three days, whose agenda holds the reviews falling due, a new
     * referral and one young person the chair added. (Screening decisions to refer to the panel and
     * repeat-missing flags bring more young people through the system triggers.)
     */
    private void planExploitationPanel(LocalDate first, Instant now, List<DemoChild> known, List<Step> steps) {
        LocalDate today = LocalDate.ofInstant(now, UK);
        LocalDate heldOn = WorkingDays.ENGLAND.addWorkingDays(first, WORKING_DAYS / 2);
        if (!heldOn.isBefore(today)) {
            return;
        }
        Instant held = heldOn.atTime(10, 0).atZone(UK).toInstant();
        List<DemoChild> young = known.stream()
                .filter(c -> c.dob().isBefore(today.minusYears(12)) && c.dob().isAfter(today.minusYears(17)))
                .filter(c -> c.registeredAt().isBefore(held.minus(Duration.ofDays(2))))
                .limit(5).toList();
        List<DemoChild> later = known.stream()
                .filter(c -> c.dob().isBefore(today.minusYears(12)) && c.dob().isAfter(today.minusYears(17)))
                .filter(c -> c.registeredAt().isAfter(held) && c.registeredAt().isBefore(now.minus(Duration.ofDays(1))))
                .limit(1).toList();
        if (young.size() < 5) {
            return;
        }
        String pastMeeting = UUID.nameUUIDFromBytes(("demo-panel-meeting-" + seed + "-1").getBytes()).toString();
        String nextMeeting = UUID.nameUUIDFromBytes(("demo-panel-meeting-" + seed + "-2").getBytes()).toString();
        LocalDate nextOn = today.plusDays(3);
        steps.add(new Step(first.atTime(8, 30).atZone(UK).toInstant(), "panel.chair",
                new SchedulePanelMeetingCommand(pastMeeting, heldOn, LocalTime.of(10, 0), "Chris Lyle",
                        "Northshire House, committee room 2")));

        String[] referrers = {"panel.member", "return.worker", "social.screener", "panel.member", "health.screener"};
        List<List<ExploitationType>> types = List.of(List.of(ExploitationType.CRIMINAL),
                List.of(ExploitationType.SEXUAL, ExploitationType.ONLINE),
                List.of(ExploitationType.CRIMINAL, ExploitationType.GANGS_AND_SERIOUS_YOUTH_VIOLENCE),
                List.of(ExploitationType.SEXUAL), List.of(ExploitationType.MODERN_SLAVERY));
        String[] reasons = {"Found in a flat in Eastbridge with cash and two phones; suspected county lines.",
                "Return interview: gifts and phone credit from older males met online.",
                "School reports a new older peer group and a knife seen in a bag.",
                "Seen getting into cars with older males near the bus station.",
                "Works unpaid at a car wash after school; does not hold own ID."};
        PanelRiskLevel[] initial = {PanelRiskLevel.HIGH, PanelRiskLevel.MEDIUM, PanelRiskLevel.MEDIUM,
                PanelRiskLevel.MEDIUM, PanelRiskLevel.LOW};
        for (int i = 0; i < young.size(); i++) {
            DemoChild child = young.get(i);
            Instant referredAt = child.registeredAt().plus(Duration.ofHours(2 + i));
            steps.add(new Step(referredAt, referrers[i], new ReferYoungPersonToPanelCommand(child.childId(),
                    UUID.nameUUIDFromBytes(("demo-panel-referral-" + seed + "-" + i).getBytes()).toString(),
                    types.get(i), initial[i], reasons[i] + " Fictitious demo record.")));
        }
        steps.add(new Step(held.plus(Duration.ofMinutes(5)), "panel.chair", new RecordPanelAttendanceCommand(
                pastMeeting, List.of(CSC, POLICE, HEALTH, "safe-steps"), List.of("northshire-education"))));

        PanelRiskLevel[] agreed = {PanelRiskLevel.HIGH, PanelRiskLevel.HIGH, PanelRiskLevel.MEDIUM,
                PanelRiskLevel.MEDIUM, PanelRiskLevel.LOW};
        LocalDate[] reviews = {nextOn, nextOn, heldOn.plusDays(7), heldOn.plusWeeks(8), null};
        for (int i = 0; i < young.size(); i++) {
            DemoChild child = young.get(i);
            Instant at = held.plus(Duration.ofMinutes(20L * (i + 1)));
            String discussionId = UUID.nameUUIDFromBytes(("demo-panel-discussion-" + seed + "-" + i).getBytes())
                    .toString();
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
            steps.add(new Step(at, "panel.chair", new RecordPanelDiscussionCommand(child.childId(), discussionId,
                    pastMeeting, heldOn, agreed[i],
                    "Agreed after each agency's update (fictitious demo rationale).", types.get(i),
                    i % 2 == 0 ? List.of("Northtown bus station", "Flat above the Eastbridge takeaway")
                            : List.of("Kingsford retail park"),
                    i < 3 ? List.of("The Canal Street group") : List.of(), actions, reviews[i],
                    i == 4 ? ClosureReason.RISK_REDUCED : null,
                    i == 4 ? "Settled at college; no new concerns from any agency." : null)));
            if (i < 4) {
                // Protect and Pursue done on time; the mentoring still open; child 0's Prepare action overdue
                steps.add(new Step(heldOn.plusDays(6).atTime(15, 0).atZone(UK).toInstant(), "panel.chair",
                        new CompletePanelActionCommand(child.childId(), actionId(i, 0), heldOn.plusDays(6),
                                "Safety plan signed by the young person and their carer.")));
                if (i != 1) {
                    steps.add(new Step(heldOn.plusDays(9).atTime(11, 0).atZone(UK).toInstant(), "panel.member",
                            new CompletePanelActionCommand(child.childId(), actionId(i, 1), heldOn.plusDays(9),
                                    "Visit made; two adults spoken to and warned.")));
                }
            }
        }
        for (DemoChild child : later) {
            steps.add(new Step(child.registeredAt().plus(Duration.ofHours(3)), "panel.member",
                    new ReferYoungPersonToPanelCommand(child.childId(),
                            UUID.nameUUIDFromBytes(("demo-panel-referral-" + seed + "-later").getBytes()).toString(),
                            List.of(ExploitationType.CRIMINAL), PanelRiskLevel.MEDIUM,
                            "Stopped with a large amount of cash on a train to the city. Fictitious demo record.")));
        }
        Instant scheduled = now.minus(Duration.ofDays(2));
        steps.add(new Step(scheduled, "panel.chair", new SchedulePanelMeetingCommand(nextMeeting, nextOn,
                LocalTime.of(10, 0), "Chris Lyle", "Northshire House, committee room 2")));
        steps.add(new Step(scheduled.plus(Duration.ofMinutes(10)), "panel.chair", new AddToPanelAgendaCommand(
                nextMeeting, young.get(3).childId(), "New police intelligence about the car park group.")));
    }

    private String actionId(int child, int action) {
        return UUID.nameUUIDFromBytes(("demo-panel-action-" + seed + "-" + child + "-" + action).getBytes()).toString();
    }

    /** A 10-digit number with a valid NHS check digit, starting 999 (never issued to a real person). */
    static String nhsNumber(Random random) {
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                d[i] = i < 3 ? 9 : random.nextInt(10);
                sum += d[i] * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                StringBuilder s = new StringBuilder();
                for (int v : d) {
                    s.append(v);
                }
                return s.append(check).toString();
            }
        }
    }

    private void send(String username, Object command) {
        UserDetails user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        commands.sendAndWait(command);
    }
}
