package org.convene.query.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.convene.query.testsupport.MissingEvents.flagged;
import static org.convene.query.testsupport.MissingEvents.offered;
import static org.convene.query.testsupport.MissingEvents.outcome;
import static org.convene.query.testsupport.MissingEvents.overdue;
import static org.convene.query.testsupport.MissingEvents.reassessed;
import static org.convene.query.testsupport.MissingEvents.reported;
import static org.convene.query.testsupport.MissingEvents.returned;

import java.time.Instant;
import java.util.List;

import org.convene.coordination.missing.api.CareAbsenceType;
import org.convene.coordination.missing.api.InterviewOutcome;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.query.chronology.api.ChronologyEntry;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class MissingChronologyTest {

    private static final Instant LAST_SEEN = Instant.parse("2026-03-16T20:00:00Z");
    private static final Instant BACK = Instant.parse("2026-03-17T08:00:00Z");

    @AutoClose
    private final ChronologyOnAnEmptyStore chronologies = new ChronologyOnAnEmptyStore();

    @Test
    void missingEpisodesAreFiledWhenTheyHappenedWithKeyEntries() {
        var report = reported("e1", "c1", CareAbsenceType.M, LAST_SEEN, MissingRiskLevel.MEDIUM);
        chronologies.apply(report,
                reassessed("e1", "c1", MissingRiskLevel.MEDIUM, MissingRiskLevel.HIGH, LAST_SEEN.plusSeconds(7200)),
                returned("e1", "c1", BACK),
                offered("e1", "c1", BACK.plusSeconds(7200)),
                overdue("e1", "c1", BACK.plusSeconds(72 * 3600)),
                outcome("e1", "c1", InterviewOutcome.COMPLETED, BACK.plusSeconds(80 * 3600),
                        List.of("gifts from older males"), null),
                reported("e2", "c1", null, BACK.plusSeconds(100 * 3600), MissingRiskLevel.HIGH),
                returned("e2", "c1", BACK.plusSeconds(101 * 3600)),
                outcome("e2", "c1", InterviewOutcome.DECLINED_BY_CHILD, BACK.plusSeconds(102 * 3600), null, null),
                flagged("f1", "c1", BACK.plusSeconds(100 * 3600 + 60), "e1", "e2"));
        chronologies.apply(report); // redelivered: replaces its own entry

        assertThat(chronologies.of("c1")).extracting(ChronologyEntry::kind, ChronologyEntry::occurredAt,
                ChronologyEntry::key).containsExactly(
                tuple("MISSING_REPORTED", LAST_SEEN, false),
                tuple("MISSING_RISK_REASSESSED", LAST_SEEN.plusSeconds(7200), true),
                tuple("MISSING_RETURNED", BACK, false),
                tuple("RETURN_INTERVIEW_OFFERED", BACK.plusSeconds(7200), false),
                tuple("RETURN_INTERVIEW_OVERDUE", BACK.plusSeconds(72 * 3600), false),
                tuple("RETURN_INTERVIEW_OUTCOME", BACK.plusSeconds(80 * 3600), true),
                tuple("MISSING_REPORTED", BACK.plusSeconds(100 * 3600), true),
                tuple("EXPLOITATION_PANEL_FLAG", BACK.plusSeconds(100 * 3600 + 60), true),
                tuple("MISSING_RETURNED", BACK.plusSeconds(101 * 3600), false),
                tuple("RETURN_INTERVIEW_OUTCOME", BACK.plusSeconds(102 * 3600), false));

        List<ChronologyEntry> entries = chronologies.of("c1");
        assertThat(entries.get(0).summary()).contains("Reported missing from care (M", "police risk medium");
        assertThat(entries.get(0).recordedAt()).isEqualTo(LAST_SEEN.plusSeconds(3600));
        assertThat(entries.get(0).agencyId()).isEqualTo("northshire-police");
        assertThat(entries.get(1).summary()).contains("medium to high");
        assertThat(entries.get(5).summary()).contains("completed", "gifts from older males");
        assertThat(entries.get(7).summary()).contains("repeated missing episodes", "2 episodes");
        assertThat(entries.get(6).summary()).contains("Reported missing from home");
    }
}
