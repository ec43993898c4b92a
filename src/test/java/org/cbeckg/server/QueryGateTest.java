package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The gate lets N queries run, makes the next wait at most its limit, and lets one in when a turn is free. */
class QueryGateTest {

    @Test
    void aQueryBeyondTheRunningOnesWaitsThenIsTurnedAway() throws Exception {
        QueryGate gate = new QueryGate(2, Duration.ofMillis(200));
        assertTrue(gate.enter());
        assertTrue(gate.enter());
        // Entered from another thread: the gate counts turns, not threads.
        assertFalse(CompletableFuture.supplyAsync(gate::enter).get(10, TimeUnit.SECONDS));
        gate.leave();
        assertTrue(CompletableFuture.supplyAsync(gate::enter).get(10, TimeUnit.SECONDS));
    }

    @Test
    void aWaitingQueryGetsTheTurnALeavingOneFrees() throws Exception {
        QueryGate gate = new QueryGate(1, Duration.ofSeconds(30));
        assertTrue(gate.enter());
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(gate::enter);
        Thread.sleep(100);
        assertFalse(waiting.isDone(), "the second query must wait while the first runs");
        gate.leave();
        assertTrue(waiting.get(10, TimeUnit.SECONDS));
    }

    @Test
    void noQueryAtAllIsNoGate() {
        assertThrows(IllegalArgumentException.class, () -> new QueryGate(0, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.builder().runningQueries(0).build());
    }
}
