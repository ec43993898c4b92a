package org.cbeckg.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Runs a step as a child process and times it, telling how it goes every few seconds (the child's latest line) and
 * showing the child's last lines when it fails; its whole output is kept in {@code <logs>/<step>.log}.
 */
final class StepRunner {

    private static final Duration TICK = Duration.ofSeconds(15);

    /** The exit code reported for a step stopped at the time limit. */
    static final int STOPPED = -1;

    private final Path logs;
    private final Progress progress;
    private final Duration limit;

    /** @param limit longest a step may run before it is stopped and reported as such (a benchmark must end) */
    StepRunner(Path logs, Progress progress, Duration limit) {
        this.logs = logs;
        this.progress = progress;
        this.limit = limit;
    }

    StepResult run(String name, List<String> command) throws IOException, InterruptedException {
        return run(name, command, Set.of(0));
    }

    /** Runs a step; an exit code among {@code expected} is not a failure (check's 1: a rule fails). */
    StepResult run(String name, List<String> command, Set<Integer> expected) throws IOException,
            InterruptedException {
        progress.say(name, "started");
        long t0 = System.nanoTime();
        try (ChildProcess child = new ChildProcess(command, log(name))) {
            child.start();
            long deadline = t0 + limit.toNanos();
            OptionalInt exit = child.waitFor(TICK);
            while (exit.isEmpty() && System.nanoTime() < deadline) {
                progress.say(name, String.format("%.0f s: %s", (System.nanoTime() - t0) / 1e9, child.lastLine()));
                exit = child.waitFor(TICK);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (exit.isEmpty()) {
                child.close();
                StepResult stopped = new StepResult(name, seconds, STOPPED, "", "stopped at the "
                        + limit.toMinutes() + " min limit (--step-limit)");
                progress.say(name, stopped.describe());
                return stopped;
            }
            boolean ok = expected.contains(exit.getAsInt()) && child.firstError().isEmpty();
            StepResult result = new StepResult(name, seconds, exit.getAsInt(), child.lastOut(),
                    child.firstError().isEmpty() ? child.lastLine() : child.firstError());
            progress.say(name, "done: " + result.describe());
            if (!ok) {
                child.recentLines().forEach(l -> progress.say(name, "  | " + l));
            }
            return result;
        }
    }

    Path log(String name) {
        return logs.resolve(name.replaceAll("[^\\w.-]+", "-") + ".log");
    }
}
