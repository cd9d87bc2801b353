package org.convene.demo;

import java.time.Instant;

/**
 * A simulated history being planned: commands to send as a user at a time. Steps at or after the
 * end of the history ("now") have not happened yet and are dropped.
 */
interface Schedule {

    void add(Instant at, String username, Object command);
}
