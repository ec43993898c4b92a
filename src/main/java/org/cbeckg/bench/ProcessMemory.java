package org.cbeckg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A child JVM's memory, where the platform lets us read it: resident set size and its peak from Linux's
 * {@code /proc/PID/status}, and heap in use after a full GC from the JDK's {@code jcmd}. Either is empty elsewhere.
 */
final class ProcessMemory {

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private ProcessMemory() {
    }

    /** Resident set size now ({@code VmRSS}), in bytes. */
    static OptionalLong rss(long pid) {
        return status(pid, "VmRSS:");
    }

    /** Peak resident set size ({@code VmHWM}), in bytes. */
    static OptionalLong peakRss(long pid) {
        return status(pid, "VmHWM:");
    }

    private static OptionalLong status(long pid, String field) {
        Path file = Path.of("/proc", String.valueOf(pid), "status");
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith(field)) {
                    String[] parts = line.substring(field.length()).trim().split("\\s+");
                    return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /** Runs a full GC in the child, then reads the heap in use, in bytes. */
    static OptionalLong heapAfterGc(long pid) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return OptionalLong.empty();
        }
        jcmd(jcmd, pid, "GC.run");
        Matcher m = HEAP_USED.matcher(jcmd(jcmd, pid, "GC.heap_info"));
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1)) * 1024) : OptionalLong.empty();
    }

    private static String jcmd(Path jcmd, long pid, String what) {
        try {
            Process p = new ProcessBuilder(List.of(jcmd.toString(), String.valueOf(pid), what))
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(60, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
