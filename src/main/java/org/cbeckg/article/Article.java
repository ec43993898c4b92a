package org.cbeckg.article;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from its file: front-matter metadata plus the normalised body text. Immutable.
 *
 * @param fileName   the source file's name, e.g. {@code 000_b9f07a632cdddd63.txt}; the article's identity
 * @param sha256     hex SHA-256 of the file's bytes, as read
 * @param published  the front matter's date, or null when it is missing or unreadable
 * @param warnings   what the reader tolerated (a missing field, an unreadable date), for the ingest report
 */
public record Article(String fileName, String sha256, String title, List<String> categories, String author,
                      OffsetDateTime published, List<String> images, ArticleText body, List<String> warnings) {

    /** News of this kind is dated in Beijing time: a GMT timestamp of 17:00 is already the next day there. */
    public static final ZoneId NEWSROOM_ZONE = ZoneId.of("Asia/Shanghai");

    public Article {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(body, "body");
        title = title == null ? "" : title;
        author = author == null ? "" : author;
        categories = List.copyOf(categories);
        images = List.copyOf(images);
        warnings = List.copyOf(warnings);
    }

    /** The file name without its extension: a stable, IRI-safe-ish key for the article. */
    public String key() {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The publication date in Beijing time, when the front matter has one. */
    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published).map(p -> p.atZoneSameInstant(NEWSROOM_ZONE).toLocalDate());
    }

    /** The article's text as stored: what spans and quotes refer to. */
    public String text() {
        return body.text();
    }

    /** The normalised text the extractors match on, with its map back to {@link #text()}. */
    public NormalisedText view() {
        return body.normalised();
    }
}
