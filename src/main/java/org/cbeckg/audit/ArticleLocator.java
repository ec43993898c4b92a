package org.cbeckg.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds an article's source file by its {@code cbec:fileName} below a list of folders (searched in order, the first
 * hit wins), so a trace can re-read what was ingested. The folders are listed once, when the locator is made.
 *
 * <pre>{@code ArticleLocator.in(List.of(Path.of("seeds"))).find("000_b9f07a632cdddd63.txt")}</pre>
 */
public final class ArticleLocator {

    private final List<Path> folders;
    private final Map<String, Path> byName;

    private ArticleLocator(List<Path> folders, Map<String, Path> byName) {
        this.folders = List.copyOf(folders);
        this.byName = byName;
    }

    /** Indexes every regular file below the folders; a folder that does not exist is skipped. */
    public static ArticleLocator in(List<Path> folders) {
        Map<String, Path> byName = new LinkedHashMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).sorted()
                        .forEach(f -> byName.putIfAbsent(f.getFileName().toString(), f));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folder, e);
            }
        }
        return new ArticleLocator(folders, byName);
    }

    public Optional<Path> find(String fileName) {
        return Optional.ofNullable(byName.get(fileName));
    }

    public List<Path> folders() {
        return folders;
    }
}
