package org.cbeckg.audit;

/**
 * An article stating a listed value, with the quote it was read from.
 *
 * @param date  the article's publication date, or null
 */
public record ListedSource(String observation, String fileName, String title, String date, String surfaceForm,
                           String quote, int start, int end) {
}
