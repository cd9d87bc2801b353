package org.convene.infra.operations;

/**
 * How one event processor (a projection, the panel triggers, a saga) is doing, for health and metrics.
 *
 * @param name        the processor (= processing group) name
 * @param running     whether its thread runs here
 * @param error       the error it is retrying after, in one line, or null
 * @param deadLetters how many of its events are set aside (always 0 for a saga)
 * @param lagSeconds  how far (in event time) the newest event it has handled is behind the newest
 *                    stored event; 0 when it is at the head
 * @param stuck       behind the head and not moving for longer than allowed
 */
public record ProcessorState(String name, boolean running, String error, long deadLetters, long lagSeconds,
                             boolean stuck) {

    /** Dead letters, an error, or stuck: needs an administrator's attention. */
    public boolean degraded() {
        return deadLetters > 0 || error != null || stuck;
    }

    /** A few words for the health details and the operations screen. */
    public String summary() {
        if (error != null) {
            return "retrying after an error";
        }
        if (stuck) {
            return running ? "stuck behind the newest events" : "stopped behind the newest events";
        }
        if (deadLetters > 0) {
            return "has events set aside";
        }
        if (!running) {
            return "stopped";
        }
        return lagSeconds > 0 ? "catching up" : "up to date";
    }
}
