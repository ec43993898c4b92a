package org.cbeckg.bench;

import java.util.Locale;

/**
 * One timed step run as a child process.
 *
 * @param name     the step
 * @param seconds  wall-clock time from launch to exit
 * @param exitCode the child's exit code
 * @param lastLine the child's last line on stdout (its summary), or of any output when it failed (the error)
 */
record StepResult(String name, double seconds, int exitCode, String lastLine) {

    /** "312.4 s" and, when it failed, the exit code and its last line. */
    String describe() {
        String time = String.format(Locale.ROOT, "%,.1f s", seconds);
        if (exitCode == StepRunner.STOPPED) {
            return "over " + time + ": " + lastLine;
        }
        return exitCode == 0 ? time : time + " (exit " + exitCode + ": " + lastLine + ")";
    }
}
