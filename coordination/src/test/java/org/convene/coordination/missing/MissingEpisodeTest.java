package org.convene.coordination.missing;

import static org.convene.coordination.shared.TestActors.RETURN_WORKER;
import static org.convene.coordination.shared.TestActors.RETURN_WORKER_BY;
import static org.convene.coordination.shared.TestActors.POLICE_SCREENER;
import static org.convene.coordination.shared.TestActors.POLICE_SCREENER_BY;
import static org.convene.coordination.shared.Refusals.refusal;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.convene.coordination.child.TestChildRecords;
import org.convene.coordination.missing.api.CareAbsenceType;
import org.convene.coordination.missing.api.ChildReturnedEvent;
import org.convene.coordination.missing.api.InterviewFindings;
import org.convene.coordination.missing.api.InterviewOutcome;
import org.convene.coordination.missing.api.MarkReturnInterviewOverdueCommand;
import org.convene.coordination.missing.api.MissingEpisodeReportedEvent;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.missing.api.MissingRiskReassessedEvent;
import org.convene.coordination.missing.api.ReassessMissingRiskCommand;
import org.convene.coordination.missing.api.RecordChildReturnedCommand;
import org.convene.coordination.missing.api.RecordReturnInterviewOutcomeCommand;
import org.convene.coordination.missing.api.RecordTextSafeMessageSentCommand;
import org.convene.coordination.missing.api.ReportMissingEpisodeCommand;
import org.convene.coordination.missing.api.ReturnInterviewOutcomeRecordedEvent;
import org.convene.coordination.missing.api.ReturnInterviewOverdueEvent;
import org.convene.coordination.missing.api.TextSafeConsentRecordedEvent;
import org.convene.coordination.missing.api.TextSafeMessageSentEvent;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of a missing episode, each refusal included. */
class MissingEpisodeTest {

    private FixtureConfiguration<MissingEpisode> fixture;
    private Instant now;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MissingEpisode.class);
        fixture.registerInjectableResource((org.convene.coordination.shared.api.KnownAgencies) agencyId -> true);
        fixture.registerAnnotatedCommandHandler(new MissingEpisodeIntakeHandler(fixture.getRepository(),
                TestChildRecords.childIdsExist()));
        now = fixture.givenNoPriorActivity().currentTime();
    }

    private MissingEpisodeReportedEvent reported(Instant lastSeen) {
        return new MissingEpisodeReportedEvent("ep-1", "child-1", MissingFrom.CARE, CareAbsenceType.M, lastSeen,
                "MP-1", MissingRiskLevel.MEDIUM, "Foster carer", "Did not return from school", "Town centre",
                POLICE_SCREENER_BY, lastSeen.plusSeconds(1800));
    }

    private ChildReturnedEvent returned(Instant at) {
        return new ChildReturnedEvent("ep-1", "child-1", at, "Bus station", "Police", null,
                at.plus(Duration.ofHours(72)), POLICE_SCREENER_BY, at);
    }

    @Test
    void aLookedAfterChildNeedsTheDfeTypeAndAChildAtHomeMustNotHaveOne() {
        Instant lastSeen = now.minus(Duration.ofHours(5));
        fixture.givenNoPriorActivity()
                .when(new ReportMissingEpisodeCommand("ep-1", "child-1", MissingFrom.CARE, null, lastSeen, "MP-1",
                        MissingRiskLevel.MEDIUM, "Foster carer", null, null), POLICE_SCREENER)
                .expectException(refusal("choose M (missing) or A"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new ReportMissingEpisodeCommand("ep-1", "child-1", MissingFrom.HOME, CareAbsenceType.A,
                        lastSeen, "MP-1", MissingRiskLevel.LOW, "Mother", null, null), POLICE_SCREENER)
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new ReportMissingEpisodeCommand("ep-1", "child-1", MissingFrom.CARE, CareAbsenceType.M,
                        lastSeen, " MP-1 ", MissingRiskLevel.MEDIUM, "Foster carer", "Did not return from school",
                        "Town centre"), POLICE_SCREENER)
                .expectEvents(new MissingEpisodeReportedEvent("ep-1", "child-1", MissingFrom.CARE, CareAbsenceType.M,
                        lastSeen, "MP-1", MissingRiskLevel.MEDIUM, "Foster carer", "Did not return from school",
                        "Town centre", POLICE_SCREENER_BY, now));
    }

    @Test
    void refusesAnUnknownChildAFutureLastSeenAndMissingRisk() {
        fixture.givenNoPriorActivity()
                .when(new ReportMissingEpisodeCommand("ep-1", "nobody", MissingFrom.HOME, null, now, "MP-1",
                        MissingRiskLevel.LOW, null, null, null), POLICE_SCREENER)
                .expectException(refusal("There is no child record nobody."));
        fixture.givenNoPriorActivity()
                .when(new ReportMissingEpisodeCommand("ep-1", "child-1", MissingFrom.HOME, null,
                        now.plus(Duration.ofHours(3)), "", null, null, null, null), POLICE_SCREENER)
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(containsString("cannot be in the future"),
                        containsString("Choose the police risk level."), containsString("police reference")))
                .expectNoEvents();
    }

    @Test
    void riskIsReassessedWhileMissingAndEachReassessmentIsKept() {
        fixture.given(reported(now.minus(Duration.ofHours(5))))
                .when(new ReassessMissingRiskCommand("ep-1", MissingRiskLevel.HIGH, "Seen with older males"),
                        POLICE_SCREENER)
                .expectEvents(new MissingRiskReassessedEvent("ep-1", "child-1", MissingRiskLevel.MEDIUM,
                        MissingRiskLevel.HIGH, "Seen with older males", POLICE_SCREENER_BY, now));
        fixture.given(reported(now.minus(Duration.ofHours(5))), returned(now.minus(Duration.ofHours(1))))
                .when(new ReassessMissingRiskCommand("ep-1", MissingRiskLevel.HIGH, "Late"), POLICE_SCREENER)
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
    }

    @Test
    void aTextSafeMessageNeedsConsentFirst() {
        Instant lastSeen = now.minus(Duration.ofHours(5));
        fixture.given(reported(lastSeen))
                .when(new RecordTextSafeMessageSentCommand("ep-1", now), RETURN_WORKER)
                .expectException(refusal("consent"))
                .expectNoEvents();
        fixture.given(reported(lastSeen), new TextSafeConsentRecordedEvent("ep-1", "child-1", "Jo Carer", "Foster carer",
                        POLICE_SCREENER_BY, now))
                .when(new RecordTextSafeMessageSentCommand("ep-1", now), RETURN_WORKER)
                .expectEvents(new TextSafeMessageSentEvent("ep-1", "child-1", now,
                        RETURN_WORKER_BY, now));
    }

    @Test
    void aReturnBeforeTheEpisodeStartedOrASecondReturnIsRefused() {
        Instant lastSeen = now.minus(Duration.ofHours(5));
        fixture.given(reported(lastSeen))
                .when(new RecordChildReturnedCommand("ep-1", lastSeen.minusSeconds(60), "Home", "Mother", null),
                        POLICE_SCREENER)
                .expectException(refusal("before the child was last seen"))
                .expectNoEvents();
        fixture.given(reported(lastSeen), returned(now.minus(Duration.ofHours(1))))
                .when(new RecordChildReturnedCommand("ep-1", now, "Home", "Mother", null), POLICE_SCREENER)
                .expectException(refusal("already recorded"))
                .expectNoEvents();
        Instant back = now.minus(Duration.ofHours(1));
        fixture.given(reported(lastSeen))
                .when(new RecordChildReturnedCommand("ep-1", back, "Bus station", "Police", null), POLICE_SCREENER)
                .expectEvents(new ChildReturnedEvent("ep-1", "child-1", back, "Bus station", "Police", null,
                        back.plus(Duration.ofHours(72)), POLICE_SCREENER_BY, now));
    }

    @Test
    void theInterviewOutcomeFollowsTheReturnAndIsJudgedAgainstThe72Hours() {
        Instant back = now.minus(Duration.ofHours(80));
        InterviewFindings findings = new InterviewFindings("Arguments at home", "Older friends with money",
                "A flat in the town centre", List.of("Gifts from older males"), null, List.of("CSE screening"));
        fixture.given(reported(back.minus(Duration.ofHours(10))))
                .when(new RecordReturnInterviewOutcomeCommand("ep-1", InterviewOutcome.COMPLETED, now, findings, null),
                        RETURN_WORKER)
                .expectException(refusal("not returned yet"));
        for (int hours : new int[] {48, 75}) {
            Instant interviewedAt = back.plus(Duration.ofHours(hours));
            fixture.given(reported(back.minus(Duration.ofHours(10))), returned(back))
                    .when(new RecordReturnInterviewOutcomeCommand("ep-1", InterviewOutcome.COMPLETED, interviewedAt,
                            findings, null), RETURN_WORKER)
                    .expectEvents(new ReturnInterviewOutcomeRecordedEvent("ep-1", "child-1",
                            InterviewOutcome.COMPLETED, interviewedAt, findings, null, hours <= 72,
                            RETURN_WORKER_BY, now));
        }
        fixture.given(reported(back.minus(Duration.ofHours(10))), returned(back))
                .when(new RecordReturnInterviewOutcomeCommand("ep-1", InterviewOutcome.NOT_POSSIBLE, now, null, " "),
                        RETURN_WORKER)
                .expectException(refusal("Give the reason"));
        fixture.given(reported(back.minus(Duration.ofHours(10))), returned(back))
                .when(new RecordReturnInterviewOutcomeCommand("ep-1", InterviewOutcome.COMPLETED, now, null, null),
                        RETURN_WORKER)
                .expectException(refusal("Record what the completed interview found."));
    }

    @Test
    void theClockMarksTheInterviewOverdueOnceAndNotAfterAnOutcome() {
        Instant back = now.minus(Duration.ofHours(73));
        fixture.given(reported(back.minus(Duration.ofHours(10))), returned(back))
                .when(new MarkReturnInterviewOverdueCommand("ep-1"))
                .expectEvents(new ReturnInterviewOverdueEvent("ep-1", "child-1", back.plus(Duration.ofHours(72)),
                        now));
        fixture.given(reported(back.minus(Duration.ofHours(10))), returned(back),
                        new ReturnInterviewOverdueEvent("ep-1", "child-1", back.plus(Duration.ofHours(72)), now))
                .when(new MarkReturnInterviewOverdueCommand("ep-1"))
                .expectNoEvents();
        fixture.given(reported(back.minus(Duration.ofHours(10))), returned(back),
                        new ReturnInterviewOutcomeRecordedEvent("ep-1", "child-1", InterviewOutcome.DECLINED_BY_CHILD,
                                back.plusSeconds(3600), null, null, true, POLICE_SCREENER_BY, now))
                .when(new MarkReturnInterviewOverdueCommand("ep-1"))
                .expectNoEvents();
    }
}
