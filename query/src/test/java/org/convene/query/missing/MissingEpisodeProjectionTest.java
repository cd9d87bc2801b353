package org.convene.query.missing;

import static org.convene.query.missing.MissingProjections.AMIRA_BORN;
import static org.convene.query.missing.MissingProjections.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.convene.query.testsupport.MissingEvents.offered;
import static org.convene.query.testsupport.MissingEvents.outcome;
import static org.convene.query.testsupport.MissingEvents.overdue;
import static org.convene.query.testsupport.MissingEvents.reassessed;
import static org.convene.query.testsupport.MissingEvents.reported;
import static org.convene.query.testsupport.MissingEvents.returned;
import static org.convene.query.testsupport.MissingEvents.textSafe;
import static org.convene.query.testsupport.ScreeningEvents.child;
import static org.convene.query.testsupport.ScreeningEvents.merged;

import java.util.List;

import org.convene.coordination.missing.api.CareAbsenceType;
import org.convene.coordination.missing.api.InterviewOutcome;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.missing.api.TextSafeConsentRecordedEvent;
import org.convene.query.missing.api.FindChildMissingHistoryQuery;
import org.convene.query.missing.api.FindMissingEpisodeQuery;
import org.convene.query.missing.api.MissingEpisodeDetails;
import org.convene.query.missing.api.RiskChange;
import org.convene.query.testsupport.MissingEvents;
import org.convene.query.testsupport.Dispatch;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MissingEpisodeProjectionTest {

    @AutoClose
    private final MissingProjections p = new MissingProjections().withAmiraFenwick();

    @BeforeEach
    void aNearNamesake() {
        p.children.on(child("c9", "Amira Fenwik", AMIRA_BORN));
    }

    private MissingEpisodeDetails episode(String id) {
        return p.episodes.handle(new FindMissingEpisodeQuery(id));
    }

    private List<MissingEpisodeDetails> history(String childId) {
        return p.episodes.handle(new FindChildMissingHistoryQuery(childId,
                org.convene.query.audit.api.AccessPurpose.MISSING), "test.user", "agency-test");
    }

    @Test
    void theEpisodeShowsItsVersionForAReassessmentToSendBack() {
        Dispatch.asEventOf("e1", 0, reported("e1", "c1", CareAbsenceType.M, T, MissingRiskLevel.MEDIUM),
                p.episodes);
        Dispatch.asEventOf("e1", 1, textSafe("e1", "c1", T.plusSeconds(600)), p.episodes);
        assertThat(episode("e1").version()).isEqualTo(1L);
        Dispatch.asEventOf("e1", 2, reassessed("e1", "c1", MissingRiskLevel.MEDIUM, MissingRiskLevel.HIGH,
                T.plusSeconds(1200)), p.episodes);
        Dispatch.asEventOf("e1", 1, textSafe("e1", "c1", T.plusSeconds(600)), p.episodes);
        assertThat(episode("e1").version()).isEqualTo(2L);
    }

    @Test
    void anEpisodeGathersEverythingRecordedAboutIt() {
        p.apply(reported("e1", "c1", CareAbsenceType.M, T, MissingRiskLevel.MEDIUM),
                reassessed("e1", "c1", MissingRiskLevel.MEDIUM, MissingRiskLevel.HIGH, T.plusSeconds(7200)),
                new TextSafeConsentRecordedEvent("e1", "c1", "Jo Carer", "foster carer", MissingEvents.WORKER,
                        T.plusSeconds(7300)),
                textSafe("e1", "c1", T.plusSeconds(7400)),
                returned("e1", "c1", T.plusSeconds(36000)),
                offered("e1", "c1", T.plusSeconds(40000)),
                overdue("e1", "c1", T.plusSeconds(36000 + 72 * 3600)),
                outcome("e1", "c1", InterviewOutcome.COMPLETED, T.plusSeconds(36000 + 80 * 3600),
                        List.of("gifts from older males"), "none"));

        MissingEpisodeDetails e = episode("e1");
        assertThat(e.childName()).isEqualTo("Amira Fenwick");
        assertThat(e.missingFrom()).isEqualTo(MissingFrom.CARE);
        assertThat(e.careAbsenceType()).isEqualTo(CareAbsenceType.M);
        assertThat(e.riskLevel()).isEqualTo(MissingRiskLevel.HIGH);
        assertThat(e.riskHistory()).extracting(RiskChange::riskLevel, RiskChange::reason)
                .containsExactly(tuple(MissingRiskLevel.MEDIUM, null),
                        tuple(MissingRiskLevel.HIGH, "Seen with older males; fictitious."));
        assertThat(e.textSafeConsentBy()).isEqualTo("Jo Carer (foster carer)");
        assertThat(e.textSafeSentAt()).isEqualTo(T.plusSeconds(7400));
        assertThat(e.returnedAt()).isEqualTo(T.plusSeconds(36000));
        assertThat(e.whereFound()).isEqualTo("Friend's flat");
        assertThat(e.interviewDueBy()).isEqualTo(T.plusSeconds(36000 + 72 * 3600));
        assertThat(e.interviewProvider()).isEqualTo("Safe Steps charity");
        assertThat(e.interviewOfferedAt()).isEqualTo(T.plusSeconds(40000));
        assertThat(e.interviewOverdue()).isTrue();
        assertThat(e.interviewOutcome()).isEqualTo(InterviewOutcome.COMPLETED);
        assertThat(e.interviewAt()).isEqualTo(T.plusSeconds(36000 + 80 * 3600));
        assertThat(e.findings().exploitationIndicators()).containsExactly("gifts from older males");
        assertThat(e.interviewWithinDeadline()).isTrue();
        assertThat(e.recordedByAgency()).isEqualTo("northshire-police");
        assertThat(episode("unknown")).isNull();
    }

    @Test
    void historyIsNewestFirstWithRiskHistoryAndFollowsMerges() {
        p.apply(reported("e-old", "c1", null, T.minusSeconds(86400 * 20), MissingRiskLevel.LOW),
                returned("e-old", "c1", T.minusSeconds(86400 * 19)),
                reported("e-dup", "c9", null, T.minusSeconds(86400 * 10), MissingRiskLevel.NO_APPARENT_RISK),
                reported("e-new", "c1", null, T, MissingRiskLevel.LOW),
                reassessed("e-new", "c1", MissingRiskLevel.LOW, MissingRiskLevel.MEDIUM, T.plusSeconds(3600)),
                reassessed("e-new", "c1", MissingRiskLevel.MEDIUM, MissingRiskLevel.HIGH, T.plusSeconds(7200)));

        assertThat(history("c1")).extracting(MissingEpisodeDetails::episodeId).containsExactly("e-new", "e-old");
        assertThat(history("c1").get(0).riskHistory()).extracting(RiskChange::riskLevel)
                .containsExactly(MissingRiskLevel.LOW, MissingRiskLevel.MEDIUM, MissingRiskLevel.HIGH);

        p.children.on(merged("c9", "c1", T.plusSeconds(9000)));
        assertThat(history("c1")).extracting(MissingEpisodeDetails::episodeId)
                .containsExactly("e-new", "e-dup", "e-old");
        assertThat(history("c9")).extracting(MissingEpisodeDetails::episodeId)
                .containsExactly("e-new", "e-dup", "e-old");
        assertThat(episode("e-dup").childId()).isEqualTo("c1");
        assertThat(history("nobody")).isEmpty();
    }

    @Test
    void theSameEventTwiceIsRecordedOnce() {
        var report = reported("e1", "c1", null, T, MissingRiskLevel.LOW);
        var raise = reassessed("e1", "c1", MissingRiskLevel.LOW, MissingRiskLevel.HIGH, T.plusSeconds(60));
        var back = returned("e1", "c1", T.plusSeconds(3600));
        p.apply(report, raise, raise, back, report, back, raise);

        assertThat(history("c1")).singleElement().satisfies(e -> {
            assertThat(e.riskHistory()).extracting(RiskChange::riskLevel)
                    .containsExactly(MissingRiskLevel.LOW, MissingRiskLevel.HIGH);
            assertThat(e.riskLevel()).isEqualTo(MissingRiskLevel.HIGH);
            assertThat(e.returnedAt()).isEqualTo(T.plusSeconds(3600));
        });
    }

    @Test
    void resetForgetsEveryEpisode() {
        p.apply(reported("e1", "c1", null, T, MissingRiskLevel.LOW), returned("e1", "c1", T.plusSeconds(60)));
        p.episodes.reset();
        p.boards.reset();
        assertThat(episode("e1")).isNull();
        assertThat(history("c1")).isEmpty();

        p.apply(reported("e2", "c1", null, T, MissingRiskLevel.LOW));
        assertThat(history("c1")).extracting(MissingEpisodeDetails::episodeId).containsExactly("e2");
    }
}
