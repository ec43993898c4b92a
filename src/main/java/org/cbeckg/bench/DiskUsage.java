package org.cbeckg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The room a folder takes. TDB2 grows its files in 8 MB memory-mapped chunks that stay sparse until written, so the
 * files' lengths overstate a small database several times: the blocks allocated ({@code du -sk}, where the platform
 * has it) are what a disk holds, and the lengths are the fallback.
 */
final class DiskUsage {

    private DiskUsage() {
    }

    /** Bytes allocated on disk below {@code root}, from {@code du -sk}; empty where {@code du} cannot tell. */
    static OptionalLong onDisk(Path root) {
        try {
            Process du = new ProcessBuilder(List.of("du", "-sk", root.toString())).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!du.waitFor(5, TimeUnit.MINUTES) || du.exitValue() != 0) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(Long.parseLong(out.split("\\s+")[0]) * 1024);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    /** Bytes on disk where they can be read, else the files' lengths. */
    static long size(Path root) {
        return onDisk(root).orElseGet(() -> bytes(root));
    }

    /** The lengths of the files below {@code root} (as {@code du --apparent-size -b} counts them). */
    static long bytes(Path root) {
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).mapToLong(DiskUsage::length).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long length(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // a file removed while walking (a TDB2 journal, say) takes no room any more
        }
    }

    /** "1.13 GB", "542 MB", "8.2 kB": decimal units, three significant figures. */
    static String human(long bytes) {
        String[] units = {"B", "kB", "MB", "GB", "TB"};
        double v = bytes;
        int u = 0;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, u == 0 ? "%.0f %s" : v < 10 ? "%.2f %s" : v < 100 ? "%.1f %s" : "%.0f %s",
                v, units[u]);
    }
}
