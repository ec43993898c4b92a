package org.cbeckg.server;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets a fixed number of queries be evaluated at once. A query waits for a turn at most {@code wait} (the query
 * timeout), then is told the server is busy: a client gets an answer or a 503 within about twice the timeout,
 * instead of a minute of sixteen queries sharing two cores, each overrunning its timeout because ARQ checks it
 * only between results.
 *
 * <pre>{@code
 * if (!gate.enter()) { busy(); } try { run(); } finally { gate.leave(); }
 * }</pre>
 */
final class QueryGate {

    private final Semaphore turns;
    private final Duration wait;

    QueryGate(int running, Duration wait) {
        if (running < 1) {
            throw new IllegalArgumentException("at least one query must run, not " + running);
        }
        this.turns = new Semaphore(running, true);
        this.wait = wait;
    }

    /** True when the caller may run its query now; it must then {@link #leave()}. False after waiting too long. */
    boolean enter() {
        try {
            return turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void leave() {
        turns.release();
    }

    /** How long a query waits for its turn. */
    Duration waitLimit() {
        return wait;
    }
}
