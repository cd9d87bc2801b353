package org.convene.coordination.missing;

import static org.convene.coordination.shared.TestActors.POLICE_SCREENER;
import static org.convene.coordination.shared.TestActors.POLICE_SCREENER_BY;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.convene.coordination.missing.api.CareAbsenceType;
import org.convene.coordination.missing.api.MissingEpisodeReportedEvent;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.missing.api.MissingRiskReassessedEvent;
import org.convene.coordination.missing.api.ReassessMissingRiskCommand;
import org.convene.coordination.missing.api.TextSafeMessageSentEvent;
import org.convene.coordination.shared.api.ChangedMeanwhileException;
import org.convene.coordination.shared.api.KnownAgencies;
import org.convene.coordination.shared.api.RecordedBy;
import org.convene.coordination.shared.api.TextRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Decision 0022 for the missing episode: a reassessment from a screen that did not show another
 * reassessment is refused naming it; a TextSafe message sent meanwhile does not refuse it.
 */
class MissingStaleScreenTest {

    private static final RecordedBy SERGEANT_BY = new RecordedBy("police.sergeant", "northshire-police");

    private FixtureConfiguration<MissingEpisode> fixture;
    private Instant now;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MissingEpisode.class);
        fixture.registerInjectableResource(new KnownAgencies() {
            @Override
            public boolean exists(String agencyId) {
                return true;
            }

            @Override
            public String nameOf(String agencyId) {
                return "northshire-police".equals(agencyId) ? "Northshire Police" : agencyId;
            }
        });
        now = fixture.givenNoPriorActivity().currentTime();
    }

    private MissingEpisodeReportedEvent reported() {
        Instant lastSeen = now.minusSeconds(7200);
        return new MissingEpisodeReportedEvent("ep-1", "child-1", MissingFrom.CARE, CareAbsenceType.M, lastSeen,
                "MP-1", MissingRiskLevel.MEDIUM, "Foster carer", "Did not return from school", "Town centre",
                POLICE_SCREENER_BY, lastSeen.plusSeconds(1800));
    }

    @Test
    void aReassessmentFromAScreenThatDidNotShowAnotherIsRefusedNamingIt() {
        String at = "at " + DateTimeFormatter.ofPattern("HH:mm").format(now.minusSeconds(60).atZone(TextRules.UK));
        fixture.given(reported(), new MissingRiskReassessedEvent("ep-1", "child-1", MissingRiskLevel.MEDIUM,
                        MissingRiskLevel.HIGH, "Seen with an older male", SERGEANT_BY, now.minusSeconds(60)))
                .when(new ReassessMissingRiskCommand("ep-1", MissingRiskLevel.LOW, "Phoned a friend", 0L),
                        POLICE_SCREENER)
                .expectException(ChangedMeanwhileException.class)
                .expectExceptionMessage("While you had this open, police.sergeant (Northshire Police) reassessed the "
                        + "risk as " + MissingRiskLevel.HIGH.label().toLowerCase(java.util.Locale.UK) + " " + at
                        + ". Nothing of yours was saved: reload to see it and reassess again.")
                .expectNoEvents();
    }

    @Test
    void aTextSafeMessageSentMeanwhileDoesNotRefuseAReassessment() {
        fixture.given(reported(), new TextSafeMessageSentEvent("ep-1", "child-1", now.minusSeconds(120),
                POLICE_SCREENER_BY,
                        now.minusSeconds(60)))
                .when(new ReassessMissingRiskCommand("ep-1", MissingRiskLevel.HIGH, "Seen with an older male", 0L),
                        POLICE_SCREENER)
                .expectEvents(new MissingRiskReassessedEvent("ep-1", "child-1", MissingRiskLevel.MEDIUM,
                        MissingRiskLevel.HIGH, "Seen with an older male", POLICE_SCREENER_BY, now));
    }
}
