package org.cbeckg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.cbeckg.CbecKgException;

/** Bytes a folder takes on disk, and the size a generation's database had when it was last built or compacted. */
final class DiskUsage {

    private static final String BASELINE = "compacted-size";

    private DiskUsage() {
    }

    static long of(Path folder) {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(DiskUsage::size).sum();
        } catch (IOException e) {
            throw new CbecKgException(folder.toString(), "cannot measure: " + e.getMessage(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    static OptionalLong baseline(Path generation) {
        Path f = generation.resolve(BASELINE);
        try {
            return Files.exists(f) ? OptionalLong.of(Long.parseLong(Files.readString(f, StandardCharsets.UTF_8)
                    .trim())) : OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    static void recordBaseline(Path generation, long bytes) {
        try {
            Files.writeString(generation.resolve(BASELINE), Long.toString(bytes), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CbecKgException(generation.toString(), "cannot record size: " + e.getMessage(), e);
        }
    }
}
