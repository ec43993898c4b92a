package org.cbeckg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The dump files in a folder, as {@code export OUT} (or {@code serve}) writes them: {@code NAME.trig}, {@code .nq} or
 * {@code .ttl}, each with {@code NAME.sha256} beside it. Only complete dumps count: the writer moves a finished file
 * into place, and a dump without its checksum is not offered.
 */
final class DumpCatalog {

    /** One dump file and its published checksum. */
    record DumpFile(String name, Path path, long size, Instant modified, String sha256) {

        String mediaType() {
            if (name.endsWith(".gz")) {
                return "application/gzip";
            }
            if (name.endsWith(".trig")) {
                return "application/trig";
            }
            return name.endsWith(".nq") ? "application/n-quads" : "text/turtle";
        }
    }

    private final Path dir;

    DumpCatalog(Path dir) {
        this.dir = dir;
    }

    /** The dumps, newest first. */
    List<DumpFile> list() {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(DumpCatalog::isDump).map(DumpCatalog::describe).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(DumpFile::modified).reversed()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    Optional<DumpFile> latest() {
        return list().stream().findFirst();
    }

    Optional<DumpFile> byName(String name) {
        return list().stream().filter(d -> d.name().equals(name)).findFirst();
    }

    private static boolean isDump(Path p) {
        String n = p.getFileName().toString();
        String plain = n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
        return Files.isRegularFile(p) && (plain.endsWith(".trig") || plain.endsWith(".nq") || plain.endsWith(".ttl"));
    }

    private static Optional<DumpFile> describe(Path p) {
        Path sum = p.resolveSibling(p.getFileName() + ".sha256");
        try {
            if (!Files.isRegularFile(sum)) {
                return Optional.empty();
            }
            String sha = Files.readString(sum, StandardCharsets.UTF_8).trim().split("\\s+")[0];
            return Optional.of(new DumpFile(p.getFileName().toString(), p, Files.size(p),
                    Files.getLastModifiedTime(p).toInstant(), sha));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
