package org.convene.infra.store;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Runs a test class only where a Docker engine answers; elsewhere its tests are reported as skipped,
 * with the reason printed once so the test log says plainly what did not run.
 */
public class RequiresDocker implements ExecutionCondition {

    private static Boolean available;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (isDockerAvailable()) {
            return ConditionEvaluationResult.enabled("Docker engine available");
        }
        String reason = "SKIPPED " + context.getDisplayName() + ": no Docker engine on this machine, so the tests "
                + "against a real MongoDB (Testcontainers) cannot run here. The same contract ran against the "
                + "embedded store; these run wherever Docker is available.";
        if (context.getTestMethod().isEmpty()) {
            System.out.println(reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }

    private static synchronized boolean isDockerAvailable() {
        if (available == null) {
            try {
                available = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException e) {
                available = false;
            }
        }
        return available;
    }
}
