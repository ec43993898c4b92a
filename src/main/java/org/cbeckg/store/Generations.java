package org.cbeckg.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.cbeckg.CbecKgException;

/**
 * The store's generations on disk: {@code DIR/gen-NNNN/} folders, each a complete database ({@code tdb2/}) with its
 * full-text index ({@code lucene/}), and {@code DIR/CURRENT} naming the live one. A bulk load or a rebuild writes a
 * whole new generation beside the live one and then switches {@code CURRENT} by an atomic rename, so a crash at any
 * moment leaves the old generation or the new, never a mix of the two (the same idea as LevelDB's CURRENT file).
 */
final class Generations {

    static final String CURRENT = "CURRENT";
    private static final String PREFIX = "gen-";

    private Generations() {
    }

    /** The live generation's folder, if this store has one. */
    static Optional<Path> current(Path dir) {
        Path file = dir.resolve(CURRENT);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String name = Files.readString(file, StandardCharsets.UTF_8).trim();
            Path gen = dir.resolve(name);
            if (!name.startsWith(PREFIX) || !Files.isDirectory(gen)) {
                throw new CbecKgException(file.toString(), "names '" + name + "', which is not a generation folder");
            }
            return Optional.of(gen);
        } catch (IOException e) {
            throw new CbecKgException(file.toString(), "cannot read the store's CURRENT file: " + e.getMessage(), e);
        }
    }

    /** A new, empty generation folder numbered after every existing one. */
    static Path next(Path dir) {
        int n = list(dir).stream().mapToInt(Generations::number).max().orElse(0) + 1;
        Path gen = dir.resolve(String.format("%s%04d", PREFIX, n));
        try {
            Files.createDirectories(gen);
        } catch (IOException e) {
            throw new CbecKgException(gen.toString(), "cannot create generation folder: " + e.getMessage(), e);
        }
        return gen;
    }

    /** Makes {@code gen} the live generation: written aside, forced to disk, then renamed over CURRENT. */
    static void switchTo(Path dir, Path gen) {
        Path tmp = dir.resolve(CURRENT + ".tmp");
        try {
            Files.writeString(tmp, gen.getFileName() + "\n", StandardCharsets.UTF_8);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, dir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new CbecKgException(dir.toString(), "cannot switch to generation " + gen.getFileName() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Deletes every generation folder but the live one: old ones after a switch, half-built ones after a crash. */
    static void removeOthers(Path dir, Path live) {
        for (Path gen : list(dir)) {
            if (!gen.equals(live)) {
                deleteTree(gen);
            }
        }
    }

    static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches(PREFIX + "\\d{4,}") && Files.isDirectory(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new CbecKgException(dir.toString(), "cannot list store folder: " + e.getMessage(), e);
        }
    }

    private static int number(Path gen) {
        return Integer.parseInt(gen.getFileName().toString().substring(PREFIX.length()));
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new CbecKgException(root.toString(), "cannot delete: " + e.getMessage(), e);
        }
    }
}
