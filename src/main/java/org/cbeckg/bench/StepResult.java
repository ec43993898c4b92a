package org.cbeckg.bench;

import java.util.Locale;

/**
 * One timed step run as a child process.
 *
 * @param name     the step
 * @param seconds  wall-clock time from launch to exit
 * @param exitCode the child's exit code, or {@link StepRunner#STOPPED}
 * @param summary  the child's last line on stdout (a command's summary), empty if it printed none
 * @param problem  what went wrong: the child's first error line (an exception, {@code error: …}), else its last line
 */
record StepResult(String name, double seconds, int exitCode, String summary, String problem) {

    /** "312.4 s: SUMMARY", or with the exit code and the problem when it failed. */
    String describe() {
        return describe(true);
    }

    /** "312.4 s", or with the exit code and the problem when it failed. */
    String time() {
        return describe(false);
    }

    private String describe(boolean withSummary) {
        String time = String.format(Locale.ROOT, "%,.1f s", seconds);
        if (exitCode == StepRunner.STOPPED) {
            return "over " + time + ": " + problem;
        }
        if (exitCode != 0) {
            return time + " (exit " + exitCode + ": " + problem + ")";
        }
        return summary.isEmpty() || !withSummary ? time : time + ": " + summary;
    }
}
