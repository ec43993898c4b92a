package org.cbeckg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import org.cbeckg.CbecKgException;

/**
 * A SPARQL server run as a child process for the load: started, timed from launch to its first answer to a trivial
 * query (that is what a user waits for), measured for memory, and stopped with SIGTERM so it closes its database.
 */
final class ServerSession implements AutoCloseable {

    /** The trivial query polled for: it touches no data, so it times the start alone. */
    static final String PROBE = "ASK {}";
    private static final Duration POLL = Duration.ofMillis(100);

    private final String name;
    private final ChildProcess child;
    private final URI endpoint;

    ServerSession(String name, List<String> command, Path log, URI endpoint) {
        this.name = name;
        this.child = new ChildProcess(command, log);
        this.endpoint = endpoint;
    }

    /** A free port on loopback (the OS picks; a race with another program in between is unlikely and reported). */
    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI endpoint() {
        return endpoint;
    }

    /** Completes with the first line of the server's output that matches; call before {@link #start}. */
    CompletableFuture<String> watch(Predicate<String> line) {
        return child.watch(line);
    }

    /** Launches the server and waits for its first answer; returns the seconds from launch to that answer. */
    double start(Duration max) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        SparqlRequest probe = new SparqlRequest(http, endpoint, Duration.ofSeconds(10), true);
        long t0 = System.nanoTime();
        child.start();
        long deadline = t0 + max.toNanos();
        while (System.nanoTime() < deadline) {
            if (probe.send(PROBE).ok()) {
                return (System.nanoTime() - t0) / 1e9;
            }
            if (!child.alive()) {
                throw failed("stopped before it answered");
            }
            Thread.sleep(POLL.toMillis());
        }
        throw failed("did not answer within " + max.toSeconds() + " s");
    }

    private CbecKgException failed(String what) {
        return new CbecKgException(name, what + "; its last lines:\n  " + String.join("\n  ", child.recentLines()));
    }

    /** Heap in use after a full GC and the resident set, read now. */
    ServerMemory memory() {
        long pid = child.pid();
        return new ServerMemory(ProcessMemory.heapAfterGc(pid), ProcessMemory.rss(pid), ProcessMemory.peakRss(pid));
    }

    @Override
    public void close() throws InterruptedException {
        child.close();
    }
}
