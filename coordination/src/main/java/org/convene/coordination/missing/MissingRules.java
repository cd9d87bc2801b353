package org.convene.coordination.missing;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a child is brought to the exploitation panel for going missing: {@code threshold} episodes
 * within {@code window} (default 3 in 90 days, set by {@code convene.missing.repeat-threshold} and
 * {@code convene.missing.repeat-window-days}), or any high-risk episode.
 */
@Component
public class MissingRules {

    private final int threshold;
    private final Duration window;

    public MissingRules(@Value("${convene.missing.repeat-threshold:3}") int threshold,
                        @Value("${convene.missing.repeat-window-days:90}") int windowDays) {
        if (threshold < 1 || windowDays < 1) {
            throw new IllegalArgumentException("The repeat-missing threshold and window must be at least 1");
        }
        this.threshold = threshold;
        this.window = Duration.ofDays(windowDays);
    }

    public int threshold() {
        return threshold;
    }

    public Duration window() {
        return window;
    }
}
