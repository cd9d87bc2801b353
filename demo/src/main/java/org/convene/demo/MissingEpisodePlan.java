package org.convene.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.convene.coordination.missing.api.CareAbsenceType;
import org.convene.coordination.missing.api.InterviewFindings;
import org.convene.coordination.missing.api.InterviewOutcome;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.missing.api.OfferReturnInterviewCommand;
import org.convene.coordination.missing.api.RecordChildReturnedCommand;
import org.convene.coordination.missing.api.RecordReturnInterviewOutcomeCommand;
import org.convene.coordination.missing.api.ReportMissingEpisodeCommand;

/**
 * One missing episode as the demo month and the synthetic county both plan it: the police report it,
 * record the child's return, the return-interview service offers an interview and (mostly) holds it,
 * some young people declining. Each stage happens only if the one before it has (a {@code null} time:
 * not yet).
 *
 * @param label "demo" or "synthetic", in the fictitious circumstances
 */
record MissingEpisodePlan(String episodeId, String childId, boolean care, Instant lastSeen, MissingRiskLevel risk,
                          String reference, String label) {

    /**
     * Plans the episode: reported then, back then (null: still missing), an interview offered then
     * (null: awaiting it), never held in one of {@code neverHeldOneIn} (the clock marks it overdue).
     */
    void plan(Schedule steps, Random random, Instant reported, Instant back, Instant offered, int neverHeldOneIn) {
        steps.add(reported, "police.screener", new ReportMissingEpisodeCommand(episodeId, childId,
                care ? MissingFrom.CARE : MissingFrom.HOME,
                care ? (random.nextInt(3) == 0 ? CareAbsenceType.A : CareAbsenceType.M) : null,
                lastSeen, reference, risk, care ? "Residential care worker" : "Parent",
                "Did not come home after school. Fictitious " + label + " record.", "Northtown bus station"));
        if (back == null) {
            return;
        }
        steps.add(back.plus(Duration.ofMinutes(20)), "police.screener",
                new RecordChildReturnedCommand(episodeId, back, "A friend's house in Eastbridge", "Police", null));
        if (offered == null) {
            return;
        }
        steps.add(offered, "return.worker", new OfferReturnInterviewCommand(episodeId, "Safe Steps Youth Charity",
                offered));
        if (random.nextInt(neverHeldOneIn) == 0) {
            return;
        }
        Instant held = offered.plus(Duration.ofHours(2 + random.nextInt(48)));
        boolean declined = random.nextInt(8) == 0;
        steps.add(held.plusSeconds(900), "return.worker", new RecordReturnInterviewOutcomeCommand(episodeId,
                declined ? InterviewOutcome.DECLINED_BY_CHILD : InterviewOutcome.COMPLETED, held,
                declined ? null : new InterviewFindings("Arguments at home about curfew", "Older friends with a car",
                        "A friend's flat in Eastbridge",
                        random.nextInt(4) == 0 ? List.of("Gifts and phone credit from older males") : List.of(),
                        null, List.of()),
                null));
    }
}
