package org.cbeckg.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A child process whose output (stdout and stderr) goes line by line into a log file, while the last lines stay at
 * hand for progress and for saying why a step failed. Lines can be watched for: register with {@link #watch} before
 * {@link #start()}.
 */
final class ChildProcess implements AutoCloseable {

    private static final int KEEP = 30;
    private static final Pattern ERROR = Pattern.compile("^(error: |Exception in thread |\\S*(Error|Exception): )");
    /** Children still running when the benchmark is stopped (Ctrl-C) are stopped with it, not left serving. */
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroy), "bench-children"));
    }

    private final List<String> command;
    private final Path log;
    private final Map<Predicate<String>, CompletableFuture<String>> watches = new ConcurrentHashMap<>();
    private final Deque<String> recent = new ArrayDeque<>();
    private volatile String lastLine = "";
    private volatile String lastOut = "";
    private volatile String firstError = "";
    private BufferedWriter writer;
    private Process process;
    private boolean closed;
    private final List<Thread> pumps = new ArrayList<>();

    ChildProcess(List<String> command, Path log) {
        this.command = List.copyOf(command);
        this.log = log;
    }

    /** Completes with the first output line that matches (never, if none does). */
    CompletableFuture<String> watch(Predicate<String> line) {
        return watches.computeIfAbsent(line, k -> new CompletableFuture<>());
    }

    ChildProcess start() throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        writer = Files.newBufferedWriter(log, StandardCharsets.UTF_8);
        writer.write("$ " + String.join(" ", command) + "\n");
        process = new ProcessBuilder(command).start();
        LIVE.add(process);
        process.getOutputStream().close();
        pump(process.getInputStream(), true);
        pump(process.getErrorStream(), false);
        return this;
    }

    private void pump(InputStream in, boolean stdout) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    seen(line, stdout);
                }
            } catch (IOException e) {
                seen("(output lost: " + e.getMessage() + ")", false);
            }
        }, stdout ? "child-out" : "child-err");
        t.setDaemon(true);
        t.start();
        pumps.add(t);
    }

    private void seen(String line, boolean stdout) {
        synchronized (this) {
            try {
                writer.write(line);
                writer.write('\n');
                writer.flush(); // so the log can be read while the step runs
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            recent.addLast(line);
            if (recent.size() > KEEP) {
                recent.removeFirst();
            }
            if (!line.isBlank()) {
                lastLine = line;
                lastOut = stdout ? line : lastOut;
                firstError = firstError.isEmpty() && ERROR.matcher(line).find() ? line : firstError;
            }
        }
        watches.forEach((p, f) -> {
            if (!f.isDone() && p.test(line)) {
                f.complete(line);
            }
        });
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** The latest non-blank line of output (stdout or stderr), for progress and errors. */
    String lastLine() {
        return lastLine;
    }

    /** The first line that reports an error (an uncaught exception, or CBEC-KG's {@code error: …}), or "". */
    String firstError() {
        return firstError;
    }

    /** The latest non-blank line on stdout: a command's summary. */
    String lastOut() {
        return lastOut;
    }

    /** The last lines of output, for saying why a step failed. */
    synchronized List<String> recentLines() {
        return List.copyOf(recent);
    }

    /** Waits up to {@code max} for the process to end; returns its exit code, or empty while it still runs. */
    OptionalInt waitFor(Duration max) throws InterruptedException {
        if (!process.waitFor(max.toMillis(), TimeUnit.MILLISECONDS)) {
            return OptionalInt.empty();
        }
        drain();
        return OptionalInt.of(process.exitValue());
    }

    /** Lets the output pumps finish, so the log holds the last lines. */
    private void drain() throws InterruptedException {
        for (Thread t : pumps) {
            t.join(5_000);
        }
        synchronized (this) {
            try {
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Asks the process to stop (SIGTERM, so a server's shutdown hook closes its database), then insists. Closing
     * twice does nothing.
     */
    @Override
    public void close() throws InterruptedException {
        if (process == null || closed) {
            return;
        }
        closed = true;
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        LIVE.remove(process);
        drain();
        synchronized (this) {
            try {
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
