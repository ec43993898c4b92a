package org.cbeckg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cbeckg.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, for real: the store lives on a small tmpfs that is then filled up, and the packaged jar ingests more
 * articles. Each file gets one line saying the disk is full (no stack trace), the exit code is 1, and the store
 * still holds exactly what it held before and answers queries. Needs permission to mount a tmpfs (root in CI's
 * container); elsewhere it is skipped with a message.
 */
class DiskFullIT {

    static final Path JAR = Path.of("target", "cbec-kg.jar");

    @TempDir
    Path dir;

    @Test
    void aFullDiskIsOneLinePerFileAndTheStoreIsKeptAsItWas() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("small-disk"));
        assumeTrue(run(List.of("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", mount.toString())).exit() == 0,
                "cannot mount a tmpfs here: the disk-full test needs root");
        try {
            Path store = mount.resolve("store");
            assertEquals(0, cbecKg("ingest", "--store", store.toString(), TestArticles.SEEDS.toString()).exit());
            fill(mount.resolve("filler"));

            Path more = copiesOfTheSeeds(dir.resolve("more"));
            Result full = cbecKg("ingest", "--store", store.toString(), "--loader", "batches", more.toString());
            assertEquals(1, full.exit(), full.out());
            assertTrue(full.out().contains("could not write to disk (is the disk full?)"), full.out());
            assertFalse(full.out().contains("\tat "), "a stack trace: " + full.out());
            assertFalse(full.out().contains("InternalError"), full.out());

            Files.delete(mount.resolve("filler"));
            Result count = cbecKg("query", "--store", store.toString(), "--format", "csv", "--query",
                    "SELECT (COUNT(?a) AS ?n) WHERE { ?a a cbec:Article }");
            assertEquals(0, count.exit(), count.out());
            assertTrue(count.out().contains("\n5"), "the five seeds, as before: " + count.out());
        } finally {
            run(List.of("umount", "-l", mount.toString()));
        }
    }

    /** Writes until the disk refuses. */
    private static void fill(Path filler) {
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException expected) {
            // No space left on device: what this test wants.
        }
    }

    /** The seeds under new names, each a byte longer so that it is a new article. */
    private static Path copiesOfTheSeeds(Path to) throws IOException {
        Files.createDirectories(to);
        try (var seeds = Files.list(TestArticles.SEEDS)) {
            for (Path p : seeds.toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8) + "\n";
                Files.writeString(to.resolve("copy_" + p.getFileName()), text, StandardCharsets.UTF_8);
            }
        }
        return to;
    }

    private static Result cbecKg(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    private static Result run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), String.join(" ", command));
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    record Result(int exit, String out) {
    }
}
