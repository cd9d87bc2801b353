package org.convene.demo;

import static org.convene.demo.Northshire.ACTIONS;
import static org.convene.demo.Northshire.CSC;
import static org.convene.demo.Northshire.HEALTH;
import static org.convene.demo.Northshire.OTHER_CONCERNS;
import static org.convene.demo.Northshire.OTHER_SOURCES;
import static org.convene.demo.Northshire.POLICE;
import static org.convene.demo.Northshire.SCREENER_OF;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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

/**
 * One referral and what follows it, as the demo month and the synthetic county both plan it: the
 * children registered (now and then a child referred before), the referral recorded, each agency's
 * checks, the daily meeting's decision on the next working day (one in ten a day late) with actions
 * that their owner agencies mostly complete. A referral whose meeting is still to come waits for
 * screening (the police may have done their checks).
 *
 * @param label          "demo" or "synthetic", in the fictitious narratives and rationales
 * @param reference      the police reference's prefix, e.g. {@code NP-DEMO-}
 * @param domesticAbuse  percent of referrals that are police domestic-abuse notifications
 * @param panelOneIn     one other referral of young people (all 10 or older) in this many goes to the
 *                       exploitation panel
 */
record ReferralPlan(Ids ids, String label, String reference, int domesticAbuse, int panelOneIn) {

    private static final List<DashLevel> DASH = List.of(DashLevel.STANDARD, DashLevel.STANDARD, DashLevel.STANDARD,
            DashLevel.MEDIUM, DashLevel.MEDIUM, DashLevel.HIGH);
    private static final int EARLIER_CHILDREN = 6000;

    /** Plans referral number {@code n}; answers whether it is a police domestic-abuse notification. */
    boolean plan(int n, Instant receivedAt, Instant now, Random random, List<CountyChild> known, Schedule steps) {
        boolean police = random.nextInt(100) < domesticAbuse;
        String referralId = ids.of("referral", n);
        LocalDate receivedDay = LocalDate.ofInstant(receivedAt, WorkingDays.UK);
        Instant recordedAt = receivedAt.plus(Duration.ofMinutes(5 + random.nextInt(50)));
        if (recordedAt.isAfter(now)) {
            recordedAt = now.minusSeconds(60);
        }
        String recorder = police ? "police.screener" : "social.screener";
        String family = Northshire.surname(random);
        List<String> childIds = new ArrayList<>();
        boolean youngPeople = true;
        int children = police ? 1 + random.nextInt(3) : 1;
        for (int c = 0; c < children; c++) {
            CountyChild child = random.nextInt(100) < 15 ? referredBefore(known, recordedAt, random) : null;
            if (child == null || childIds.contains(child.childId())) {
                child = new CountyChild(ids.of("child", n, c), receivedDay.minusDays(200 + random.nextInt(17 * 365)),
                        recordedAt.minusSeconds(30 - c));
                known.add(child);
                steps.add(child.registeredAt(), recorder,
                        Northshire.registration(child.childId(), Northshire.name(random, family), child.dob(), random));
            }
            childIds.add(child.childId());
            youngPeople &= !child.dob().isAfter(receivedDay.minusYears(10));
        }
        DashLevel dash = police ? DASH.get(random.nextInt(DASH.size())) : null;
        String parent = Northshire.name(random, family);
        String partner = Northshire.name(random, Northshire.surname(random));
        steps.add(recordedAt, recorder, new ReceiveReferralCommand(referralId, receivedAt,
                police ? "6" : OTHER_SOURCES.get(random.nextInt(OTHER_SOURCES.size())),
                police ? ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION
                        : random.nextInt(5) == 0 ? ReferralType.OTHER : ReferralType.PROFESSIONAL_CONCERN,
                receivedDay.minusDays(random.nextInt(2)), childIds,
                police ? List.of(new InvolvedAdult(parent, AdultRole.VICTIM),
                        new InvolvedAdult(partner, AdultRole.ALLEGED_PERPETRATOR))
                        : List.of(new InvolvedAdult(parent, AdultRole.PARENT_OR_CARER)),
                police ? List.of("3A", "3B") : List.of(OTHER_CONCERNS.get(random.nextInt(OTHER_CONCERNS.size()))),
                dash,
                police ? "Police attended a reported argument at the family home; the children were present. "
                        + "Fictitious " + label + " record."
                        : "Concern raised about the child's presentation and attendance. Fictitious " + label + " record.",
                random.nextInt(12) == 0, police ? reference + (10000 + n) : null));

        LocalDate meetingDay = WorkingDays.ENGLAND.addWorkingDays(receivedDay, random.nextInt(10) == 0 ? 2 : 1);
        Instant meeting = meetingDay.atTime(9, 30).atZone(WorkingDays.UK).toInstant()
                .plus(Duration.ofMinutes(random.nextInt(150)));
        if (meeting.isAfter(now.minus(Duration.ofMinutes(30)))) {
            // still awaiting screening: the police may already have done their checks
            if (random.nextBoolean()) {
                steps.add(recordedAt.plus(Duration.ofMinutes(30)), "police.screener",
                        new RecordAgencyContributionCommand(referralId, police, police
                                ? "Two previous call-outs to the address this year." : "Nothing held."));
            }
            return police;
        }
        planScreening(referralId, police, dash, youngPeople, recordedAt, meeting, random, steps);
        return police;
    }

    /** A child registered at least a day before, among the latest ones (a re-referral); null if none. */
    private static CountyChild referredBefore(List<CountyChild> known, Instant recordedAt, Random random) {
        Instant before = recordedAt.minus(Duration.ofDays(1));
        List<CountyChild> earlier = known.subList(Math.max(0, known.size() - EARLIER_CHILDREN), known.size()).stream()
                .filter(k -> k.registeredAt().isBefore(before)).toList();
        return earlier.isEmpty() ? null : earlier.get(random.nextInt(earlier.size()));
    }

    /** Each agency's checks, then the meeting's decision with its actions, most done by their owners. */
    private void planScreening(String referralId, boolean police, DashLevel dash, boolean youngPeople,
                               Instant recordedAt, Instant meeting, Random random, Schedule steps) {
        Instant checks = meeting.minus(Duration.ofMinutes(60));
        if (checks.isBefore(recordedAt)) {
            checks = recordedAt.plus(Duration.ofMinutes(10));
        }
        steps.add(checks, "police.screener", new RecordAgencyContributionCommand(referralId, police, police
                ? "Previous incidents at the address; perpetrator on bail conditions." : "No police information held."));
        steps.add(checks.plusSeconds(300), "health.screener", new RecordAgencyContributionCommand(
                referralId, random.nextBoolean(), "Registered with a GP; health visiting contacts up to date."));
        if (random.nextBoolean()) {
            steps.add(checks.plusSeconds(600), "social.screener", new RecordAgencyContributionCommand(
                    referralId, random.nextBoolean(), "Previous early help episode, closed last year."));
        }
        ScreeningResponse response = police
                ? List.of(ScreeningResponse.INFORMATION_AND_SIGNPOSTING, ScreeningResponse.EARLY_HELP,
                        ScreeningResponse.CHILD_AND_FAMILY_ASSESSMENT, ScreeningResponse.MARAC_REFERRAL,
                        ScreeningResponse.NO_FURTHER_ACTION).get(random.nextInt(5))
                : List.of(ScreeningResponse.NO_FURTHER_ACTION, ScreeningResponse.EARLY_HELP,
                        ScreeningResponse.SINGLE_AGENCY_REFERRAL, ScreeningResponse.CHILD_AND_FAMILY_ASSESSMENT)
                        .get(random.nextInt(4));
        if (!police && youngPeople && random.nextInt(panelOneIn) == 0) {
            // the meeting sends a young person to the panel now and then (the trigger refers them)
            response = ScreeningResponse.EXPLOITATION_PANEL_REFERRAL;
        }
        boolean highRisk = dash == DashLevel.HIGH;
        if (highRisk) {
            response = random.nextBoolean() ? ScreeningResponse.STRATEGY_DISCUSSION : ScreeningResponse.MARAC_REFERRAL;
        }
        List<ActionSpec> actions = new ArrayList<>();
        if (response != ScreeningResponse.NO_FURTHER_ACTION) {
            int count = 1 + random.nextInt(2);
            for (int a = 0; a < count; a++) {
                String owner = List.of(POLICE, CSC, HEALTH).get(random.nextInt(3));
                LocalDate due = LocalDate.ofInstant(meeting, WorkingDays.UK).plusDays(2 + random.nextInt(12));
                String actionId = ids.of("action", referralId, a);
                List<String> choices = ACTIONS.get(owner);
                actions.add(new ActionSpec(actionId, choices.get(random.nextInt(choices.size())), owner, due));
                Instant doneAt = due.atTime(14, 0).atZone(WorkingDays.UK).toInstant()
                        .minus(Duration.ofDays(random.nextInt(3)));
                if (random.nextInt(10) < 9 && doneAt.isAfter(meeting)) {
                    steps.add(doneAt, SCREENER_OF.get(owner),
                            new CompleteActionCommand(referralId, actionId, "Done; no further concerns noted."));
                }
            }
        }
        steps.add(meeting, "mash.chair", new RecordScreeningDecisionCommand(referralId, ids.of("decision", referralId),
                new ScreeningDecision(List.of(POLICE, CSC, HEALTH), response,
                        response == ScreeningResponse.SINGLE_AGENCY_REFERRAL ? "School nursing service" : null,
                        highRisk ? 4 : 1 + random.nextInt(3), police ? (highRisk ? 4 : 1 + random.nextInt(3)) : null,
                        "Agreed at the daily meeting after each agency's checks (fictitious " + label + " rationale).",
                        actions)));
    }
}
