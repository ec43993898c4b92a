package org.cbeckg.audit;

/**
 * One article's evidence for a figure, as stored: the article and its file, and the quote with its code-point
 * offsets in the article's normalised text.
 *
 * @param graph     the article's named graph
 * @param evidence  the Web Annotation node holding the quote
 * @param quote     the annotation's {@code cbec:quote}
 * @param exact     the TextQuoteSelector's {@code oa:exact}; the same as quote in a sound graph
 * @param start     the TextPositionSelector's start, in code points
 * @param end       its end (exclusive)
 * @param storedSlice the stored article text ({@code cbec:text}) re-sliced at {@code [start, end)}
 */
public record Source(String article, String graph, String title, String date, String fileName, String sha256,
                     String evidence, String quote, String exact, int start, int end, String storedSlice) {
}
