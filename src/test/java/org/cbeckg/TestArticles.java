package org.cbeckg;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.cbeckg.article.Article;
import org.cbeckg.article.ArticleReader;
import org.cbeckg.article.ArticleText;

/** Articles for tests: the seeds as read from {@code seeds/}, or a few sentences of one's own. */
public final class TestArticles {

    public static final Path SEEDS = Path.of("seeds");

    private TestArticles() {
    }

    /** A seed article by file name prefix, e.g. {@code seed("000")}. */
    public static Article seed(String prefix) {
        try (var files = java.nio.file.Files.list(SEEDS)) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no seed " + prefix));
            return ArticleReader.read(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An article whose body is the given paragraphs, published at noon Beijing time on {@code published}. */
    public static Article of(LocalDate published, String... paragraphs) {
        ArticleText body = ArticleText.ofParagraphs(Arrays.asList(paragraphs));
        byte[] bytes = String.join("\n", paragraphs).getBytes(StandardCharsets.UTF_8);
        OffsetDateTime at = published.atTime(4, 0).atOffset(ZoneOffset.UTC);
        return new Article("test_" + published + ".txt", ArticleReader.sha256(bytes), "test", List.of(), "test", at,
                List.of(), body, List.of());
    }
}
