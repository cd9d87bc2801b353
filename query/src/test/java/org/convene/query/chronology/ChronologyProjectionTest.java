package org.convene.query.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.convene.query.testsupport.ScreeningEvents.SOCIAL;
import static org.convene.query.testsupport.ScreeningEvents.action;
import static org.convene.query.testsupport.ScreeningEvents.completed;
import static org.convene.query.testsupport.ScreeningEvents.contribution;
import static org.convene.query.testsupport.ScreeningEvents.decided;
import static org.convene.query.testsupport.ScreeningEvents.merged;
import static org.convene.query.testsupport.ScreeningEvents.received;
import static org.convene.query.testsupport.ScreeningEvents.revised;
import static org.convene.query.testsupport.ScreeningEvents.withdrawn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.convene.coordination.referral.api.DashLevel;
import org.convene.query.chronology.api.ChronologyEntry;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class ChronologyProjectionTest {

    private static final Instant MON = Instant.parse("2026-03-16T09:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2026, 3, 27);

    @AutoClose
    private final ChronologyOnAnEmptyStore chronologies = new ChronologyOnAnEmptyStore();

    @Test
    void everyEventAboutTheChildInTheOrderThingsHappened() {
        // recorded late: received on Monday, recorded after the contribution of another referral
        chronologies.apply(received("r1", MON, false, DashLevel.HIGH, "c1", "c2"),
                contribution("r1", SOCIAL, "Known: 2024.", MON.plusSeconds(3600)),
                decided("r1", "d1", MON.plusSeconds(7200), action("a1", "northshire-health", DUE),
                        action("a2", "northshire-csc", DUE)),
                revised("r1", "d2", "d1", MON.plusSeconds(9000)),
                completed("r1", "a1", new org.convene.coordination.shared.api.RecordedBy("h", "northshire-health"),
                        MON.plusSeconds(10000)),
                received("r0", MON.minusSeconds(86400), false, DashLevel.STANDARD, "c1"),
                withdrawn("r0", MON.plusSeconds(11000)));

        assertThat(chronologies.of("c1")).extracting(ChronologyEntry::kind, ChronologyEntry::referralId,
                        ChronologyEntry::agencyId, ChronologyEntry::key)
                .containsExactly(
                        tuple("REFERRAL", "r0", "northshire-police", false),
                        tuple("REFERRAL", "r1", "northshire-police", true),
                        tuple("CONTRIBUTION", "r1", "northshire-csc", false),
                        tuple("DECISION", "r1", "northshire-csc", true),
                        tuple("ACTION_AGREED", "r1", "northshire-health", false),
                        tuple("ACTION_AGREED", "r1", "northshire-csc", false),
                        tuple("DECISION_REVISED", "r1", "northshire-csc", true),
                        tuple("ACTION_DONE", "r1", "northshire-health", false),
                        tuple("WITHDRAWN", "r0", "northshire-police", false));
        ChronologyEntry referral = chronologies.of("c1").get(1);
        assertThat(referral.occurredAt()).isEqualTo(MON);
        assertThat(referral.recordedAt()).isEqualTo(MON.plusSeconds(600));
        assertThat(referral.summary()).contains("DASH high");
        assertThat(chronologies.of("c1").get(4).occurredAt()).isEqualTo(MON.plusSeconds(7200));
        assertThat(chronologies.of("c2")).extracting(ChronologyEntry::referralId).containsOnly("r1").hasSize(7);
        assertThat(chronologies.of("nobody")).isEmpty();
    }

    @Test
    void afterAMergeTheSurvivorHoldsTheDuplicatesEntriesAndLaterEventsAboutTheDuplicate() {
        chronologies.apply(received("r-dup", MON, false, DashLevel.MEDIUM, "dup"),
                received("r-keep", MON.plusSeconds(60), false, DashLevel.MEDIUM, "keep"),
                merged("dup", "keep", MON.plusSeconds(3600)),
                contribution("r-dup", SOCIAL, "Known.", MON.plusSeconds(7200)));

        List<ChronologyEntry> keep = chronologies.of("keep");
        assertThat(keep).extracting(ChronologyEntry::kind, ChronologyEntry::referralId).containsExactly(
                tuple("REFERRAL", "r-dup"), tuple("REFERRAL", "r-keep"), tuple("RECORD_MERGED", null),
                tuple("CONTRIBUTION", "r-dup"));
        assertThat(keep.get(0).childId()).isEqualTo("dup");
        assertThat(keep.get(3).childId()).isEqualTo("keep");
        assertThat(chronologies.of("dup")).isEqualTo(keep);
    }

    @Test
    void applyingTheSameEventsTwiceChangesNothing() {
        Object[] events = {received("r1", MON, false, DashLevel.MEDIUM, "c1"),
                received("r2", MON, false, DashLevel.MEDIUM, "c2"),
                decided("r1", "d1", MON.plusSeconds(7200), action("a1", "northshire-csc", DUE)),
                merged("c2", "c1", MON.plusSeconds(8000)),
                completed("r1", "a1", SOCIAL, MON.plusSeconds(9000))};
        chronologies.apply(events);
        List<ChronologyEntry> before = chronologies.of("c1");

        chronologies.apply(events);

        assertThat(chronologies.of("c1")).isEqualTo(before).hasSize(6);
    }

    @Test
    void resetClearsTheChronologies() {
        chronologies.apply(received("r1", MON, false, DashLevel.MEDIUM, "c1"));
        chronologies.projection.reset();
        assertThat(chronologies.of("c1")).isEmpty();
    }
}
