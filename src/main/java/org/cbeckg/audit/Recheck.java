package org.cbeckg.audit;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of re-checking one source against its file: re-read, re-hashed, re-sliced.
 *
 * @param file      the file found for the article's name, or null when none was found
 * @param sha256    the file's SHA-256 now, or null when it could not be read
 * @param slice     the re-derived text at {@code [start, end)} now, or null when out of range or unreadable
 * @param problems  each mismatch in words; empty when everything still matches
 */
public record Recheck(Source source, Path file, String sha256, String slice, List<String> problems) {
    public Recheck {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
