package org.convene.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.springframework.stereotype.Component;

/**
 * Injected faults for commands: {@link #next} makes the next command that matches fail once (as if
 * the store were briefly unreachable), then lets it and every later one through. Test-only; does
 * nothing unless armed.
 */
@Component
public class FailOnce {

    private final List<Predicate<CommandMessage<?>>> armed = new CopyOnWriteArrayList<>();
    private final List<String> failed = new CopyOnWriteArrayList<>();

    FailOnce(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            CommandMessage<?> command = unitOfWork.getMessage();
            for (Predicate<CommandMessage<?>> trap : armed) {
                if (trap.test(command) && armed.remove(trap)) {
                    failed.add(command.getPayloadType().getSimpleName());
                    throw new IllegalStateException("Injected fault: " + command.getPayloadType().getSimpleName()
                            + " fails once");
                }
            }
            return chain.proceed();
        });
    }

    /** The next command of this type whose payload matches fails once. */
    public <C> void next(Class<C> type, Predicate<C> matching) {
        armed.add(command -> type.isInstance(command.getPayload()) && matching.test(type.cast(command.getPayload())));
    }

    /** The types of the commands that failed so far, in order. */
    public List<String> failed() {
        return List.copyOf(failed);
    }

    /** Disarms every fault not yet sprung. */
    public void reset() {
        armed.clear();
        failed.clear();
    }
}
