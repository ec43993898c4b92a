package org.cbeckg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.cbeckg.CbecKgException;

/** The benchmark's scratch folder: a new temporary one, or one the user names, which must be new or empty. */
final class WorkFolder {

    private WorkFolder() {
    }

    static Path prepare(Path asked) throws IOException {
        if (asked == null) {
            return Files.createTempDirectory("cbec-kg-bench-");
        }
        if (Files.isDirectory(asked)) {
            try (Stream<Path> s = Files.list(asked)) {
                if (s.findAny().isPresent()) {
                    throw new CbecKgException(asked.toString(), "is not empty: --work needs a new or empty folder "
                            + "(the benchmark ingests into a fresh store there)");
                }
            }
        }
        return Files.createDirectories(asked);
    }

    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
