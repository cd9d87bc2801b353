package org.convene.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.GenericEventMessage;
import org.convene.coordination.shared.api.WorkingDays;

/**
 * Axon's event clock moved through a simulated history (the demo month, the synthetic county), so
 * that events record when they would have happened. The clock moves only while no command is being
 * handled: a system reaction (a panel trigger, a saga, an interview deadline) handled on another
 * thread while the history moves on could otherwise store an event stamped minutes before one
 * already stored, which tracking processors (reading on from their last timestamp with a
 * one-second look-back) would never see. In real time every thread shares one clock and this
 * cannot happen. Close it to give the real clock back.
 */
final class SimulatedClock implements AutoCloseable {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Clock real = GenericEventMessage.clock;
    private final Registration holdsTheClock;

    SimulatedClock(CommandBus commandBus) {
        holdsTheClock = commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            lock.readLock().lock();
            // released when the command's unit of work (and its parent, for a command sent while
            // handling an event) has stored its events
            unitOfWork.onCleanup(u -> lock.readLock().unlock());
            return chain.proceed();
        });
    }

    /** The real time when the simulation started. */
    Instant realNow() {
        return real.instant();
    }

    /** Moves the event clock to {@code at}, once no command is in progress. */
    void moveTo(Instant at) {
        lock.writeLock().lock();
        try {
            GenericEventMessage.clock = Clock.fixed(at, WorkingDays.UK);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void close() {
        holdsTheClock.cancel();
        lock.writeLock().lock();
        try {
            GenericEventMessage.clock = real;
        } finally {
            lock.writeLock().unlock();
        }
    }
}
