package org.convene.query.kpi;

import java.time.Instant;
import java.time.LocalDate;

/** A missing episode, filed under the month it started (UK date of {@code lastSeenAt}). */
class EpisodeFact extends ChildAttributes {

    String episodeId;
    Instant lastSeenAt;
    Instant returnedAt;
    /** The child's third or later episode starting within 90 days (docs/kpis.md). */
    boolean repeat;
    private final transient UkDate startedOn = new UkDate();

    /** The UK date the episode started. */
    LocalDate startedOn() {
        return startedOn.of(lastSeenAt);
    }
}
