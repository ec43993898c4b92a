package org.cbeckg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.cbeckg.CbecKgException;

/**
 * The article files an ingest run reads: the files given, and every {@code *.txt} below the folders given, in name
 * order. An article's identity is its file name without the extension (its IRIs and graph are named after it), so
 * two files with one name in different folders would silently replace each other: the second is refused instead.
 */
record ArticleFiles(List<Path> files, List<IngestReport.Failure> clashes) {

    ArticleFiles {
        files = List.copyOf(files);
        clashes = List.copyOf(clashes);
    }

    static ArticleFiles expand(List<Path> paths) {
        Map<String, Path> byKey = new LinkedHashMap<>();
        List<IngestReport.Failure> clashes = new ArrayList<>();
        for (Path file : list(paths)) {
            Path first = byKey.putIfAbsent(key(file), file);
            if (first != null && !first.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
                clashes.add(new IngestReport.Failure(file.toString(), "another file has the same name, " + first
                        + ": an article is known by its file name, so rename one of them"));
            }
        }
        return new ArticleFiles(new ArrayList<>(byKey.values()), clashes);
    }

    /** The article key a file is stored under: its name without the extension. */
    static String key(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static List<Path> list(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".txt"))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new CbecKgException(p.toString(), "cannot list folder: " + e.getMessage(), e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }
}
