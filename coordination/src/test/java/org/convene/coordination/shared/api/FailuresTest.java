package org.convene.coordination.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;

/** The failure a practitioner's message is made from is the one under the gateways' wrapping. */
class FailuresTest {

    @Test
    void theGatewaysWrappingIsTakenOffHoweverDeep() {
        CommandRejectedException rejected = new CommandRejectedException("A child id is missing.");
        Throwable wrapped = new CompletionException(new ExecutionException(
                new CommandExecutionException("rejected", rejected)));

        assertThat(Failures.unwrap(wrapped)).isSameAs(rejected);
    }

    @Test
    void anythingElseIsLeftAsItIs() {
        IllegalStateException other = new IllegalStateException("disk full", new RuntimeException("cause"));

        assertThat(Failures.unwrap(other)).isSameAs(other);
        CompletionException empty = new CompletionException("no cause", null);
        assertThat(Failures.unwrap(empty)).isSameAs(empty);
    }
}
