package org.convene.intake;

import java.time.Instant;

/** The time the parsing tests read their files at (the rules judge dates against it). */
public final class ParsingClock {

    public static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    private ParsingClock() {
    }
}
