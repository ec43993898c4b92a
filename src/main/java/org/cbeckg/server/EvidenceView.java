package org.cbeckg.server;

/**
 * What a person needs to check one fact against its source: the quote, its code-point offsets in the article text as
 * ingested, that text, the article's hash and file, and the extractor that found it. Any field but the annotation IRI
 * may be null when the graph lacks it.
 *
 * @param start code points from the start of {@code articleText}, inclusive
 * @param end   code points, exclusive
 */
record EvidenceView(String annotation, String quote, Integer start, Integer end, String article, String articleTitle,
                    String fileName, String sha256, String articleText, String extractor, String extractorLabel) {

    /** Whether the offsets cut exactly the quote out of the text: what an auditor checks first. */
    boolean offsetsMatchQuote() {
        return hasOffsets() && quote != null && quote.equals(slice(start, end));
    }

    boolean hasOffsets() {
        return articleText != null && start != null && end != null && 0 <= start && start <= end
                && end <= articleText.codePointCount(0, articleText.length());
    }

    /** The text between two code-point offsets. */
    String slice(int from, int to) {
        int a = articleText.offsetByCodePoints(0, from);
        int b = articleText.offsetByCodePoints(a, to - from);
        return articleText.substring(a, b);
    }

    int textLength() {
        return articleText.codePointCount(0, articleText.length());
    }
}
