package org.cbeckg.server;

/**
 * What a page shows to let a person check a fact: the quote, the article (title, file, SHA-256), the extractor,
 * the code-point offsets and whether they cut out exactly the quote, and the article text with the quote marked,
 * once with {@link #CONTEXT} code points around it and once whole.
 *
 * @param offsets {@code none}, {@code outside} (the text is shorter), {@code match} or {@code mismatch}
 */
record EvidenceModel(String quote, PageLink article, String fileName, String sha256, PageLink extractor,
                     Integer start, Integer end, String offsets, PageLink annotation, Excerpt context,
                     Excerpt whole) {

    /** Code points of text shown around a quote; the whole text is one click away. */
    static final int CONTEXT = 120;

    static EvidenceModel of(EvidenceView e, LocalLinks links) {
        PageLink article = e.article() == null ? null : new PageLink(links.href(e.article()),
                e.articleTitle() != null && !e.articleTitle().isEmpty() ? e.articleTitle() : e.article());
        PageLink extractor = e.extractor() == null ? null : new PageLink(links.href(e.extractor()),
                e.extractorLabel() != null ? e.extractorLabel() : e.extractor());
        String offsets = e.start() == null || e.end() == null ? "none" : !e.hasOffsets() ? "outside"
                : e.offsetsMatchQuote() ? "match" : "mismatch";
        boolean cut = e.hasOffsets();
        return new EvidenceModel(e.quote(), article, e.fileName(), e.sha256(), extractor, e.start(), e.end(),
                offsets, new PageLink(links.href(e.annotation()), ResourcePage.shortName(e.annotation())),
                cut ? excerpt(e, CONTEXT) : null, cut ? excerpt(e, Integer.MAX_VALUE) : null);
    }

    /** The quote inside at most {@code context} code points of text either side. */
    static Excerpt excerpt(EvidenceView e, int context) {
        int from = (int) Math.max(0, (long) e.start() - context);
        int to = (int) Math.min(e.textLength(), (long) e.end() + context);
        return new Excerpt(from > 0, e.slice(from, e.start()), e.slice(e.start(), e.end()), e.slice(e.end(), to),
                to < e.textLength());
    }
}
