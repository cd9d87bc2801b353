package org.convene.fault;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.springboot.TimeoutProperties;
import org.convene.ui.ConveneSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A slow event handler or deadline on a loaded embedded store is waited for, not interrupted. Axon
 * interrupts a handler after 30 s by default and the event is then skipped for that projection:
 * the 10-year benchmark lost a meeting-board update that way (one handler took over 30 s on the
 * 2-core machine). Handlers get the same ten minutes as their batch.
 */
@ConveneSpringTest
class SlowHandlerTimeoutTest {

    @Autowired
    private TimeoutProperties timeouts;

    @Test
    void eventHandlersAndDeadlinesHaveTheBatchesTenMinutesNotAxonsThirtySeconds() {
        assertThat(timeouts.isEnabled()).isTrue();
        assertThat(timeouts.getHandler().getEvents().getTimeoutMs()).isEqualTo(600_000);
        assertThat(timeouts.getHandler().getDeadlines().getTimeoutMs()).isEqualTo(600_000);
        assertThat(timeouts.getTransaction().getEventProcessors().getTimeoutMs()).isEqualTo(600_000);
        assertThat(timeouts.getHandler().getEvents().getWarningThresholdMs()).isEqualTo(30_000);
    }
}
