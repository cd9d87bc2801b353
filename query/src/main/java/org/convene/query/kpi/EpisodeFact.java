package org.convene.query.kpi;

import java.time.Instant;

/** A missing episode, filed under the month it started (UK date of {@code lastSeenAt}). */
class EpisodeFact {

    String episodeId;
    String childId;
    String sex;
    String ethnicity;
    String locality;
    Instant lastSeenAt;
    Instant returnedAt;
    /** The child's third or later episode starting within 90 days (docs/kpis.md). */
    boolean repeat;
    private transient java.time.LocalDate startedOn;

    /** The UK date the episode started (computed once). */
    java.time.LocalDate startedOn() {
        if (startedOn == null) {
            startedOn = KpiProjection.ukDate(lastSeenAt);
        }
        return startedOn;
    }

    void copyAttributes(KpiChildDocument child) {
        this.childId = child.childId;
        this.sex = child.sex;
        this.ethnicity = child.ethnicity;
        this.locality = child.locality;
    }
}
