package org.cbeckg.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.cbeckg.CbecKgException;
import org.cbeckg.article.Article;
import org.cbeckg.article.ArticleReader;
import org.cbeckg.article.ArticleText;

/**
 * Re-checks a stored source against its file, trusting nothing in the store: finds the file by name, re-reads it,
 * recomputes its SHA-256, re-derives the normalised text and re-slices {@code text[start, end)} in code points.
 * Every difference becomes a problem in words: a changed file, a quote no longer at its offsets, a stored quote
 * that disagrees with its own selector or with the stored text.
 *
 * <pre>{@code Recheck r = new SourceRechecker(ArticleLocator.in(List.of(Path.of("seeds")))).check(source);}</pre>
 */
public final class SourceRechecker {

    private final ArticleLocator locator;

    public SourceRechecker(ArticleLocator locator) {
        this.locator = Objects.requireNonNull(locator);
    }

    public Recheck check(Source source) {
        List<String> problems = new ArrayList<>(storedProblems(source));
        Optional<Path> file = locator.find(source.fileName());
        if (file.isEmpty()) {
            problems.add("file " + source.fileName() + " not found under " + locator.folders()
                    + ": the quote cannot be verified");
            return new Recheck(source, null, null, null, problems);
        }
        Article article;
        try {
            article = ArticleReader.read(file.get());
        } catch (CbecKgException e) {
            problems.add("file " + file.get() + " cannot be read any more: " + e.getMessage());
            return new Recheck(source, file.get(), null, null, problems);
        }
        if (!article.sha256().equals(source.sha256())) {
            problems.add("SHA-256 of " + file.get() + " is now " + article.sha256() + ", the store has "
                    + source.sha256() + ": the file changed after it was ingested");
        }
        String slice = slice(article.body(), source.start(), source.end());
        if (slice == null) {
            problems.add("offsets [" + source.start() + ", " + source.end() + ") lie outside the re-read text ("
                    + article.body().length() + " code points)");
        } else if (!slice.equals(source.exact())) {
            problems.add("text[" + source.start() + ", " + source.end() + ") of the re-read file is \"" + slice
                    + "\", not the quote \"" + source.exact() + "\"");
        }
        return new Recheck(source, file.get(), article.sha256(), slice, problems);
    }

    /** What is wrong inside the store itself, before any file is read. */
    private static List<String> storedProblems(Source s) {
        List<String> problems = new ArrayList<>();
        if (!Objects.equals(s.quote(), s.exact())) {
            problems.add("stored quote \"" + s.quote() + "\" differs from its selector's exact \"" + s.exact() + "\"");
        }
        if (!Objects.equals(s.storedSlice(), s.exact())) {
            problems.add("stored text[" + s.start() + ", " + s.end() + ") is \"" + s.storedSlice()
                    + "\", not the quote");
        }
        return problems;
    }

    private static String slice(ArticleText text, int start, int end) {
        if (start < 0 || end < start || end > text.length()) {
            return null;
        }
        return text.slice(start, end);
    }
}
