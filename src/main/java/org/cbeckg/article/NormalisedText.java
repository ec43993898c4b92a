package org.cbeckg.article;

import java.util.List;
import java.util.Objects;

/**
 * The text every extractor matches on: an article's text normalised by {@link TextNormaliser} (simplified script,
 * ASCII digits, full-width clause marks, no thousands separators), with a map back to the original. Offsets into the
 * view are chars of {@link #text()}; every span handed out is in code points of the <em>original</em> text and quotes
 * the original, so evidence stays in the article's own script while names read from the view are simplified.
 *
 * <pre>{@code
 * NormalisedText view = article.view();
 * int i = view.text().indexOf("商务部");     // also found in 商務部
 * Span quote = view.spanOfChars(i, i + 3);  // exact: 商務部, offsets of the stored text
 * }</pre>
 */
public final class NormalisedText {

    private final ArticleText original;
    private final String text;
    private final OffsetMap map;
    private final boolean traditional;
    private final List<ArticleText.Paragraph> paragraphs;

    NormalisedText(ArticleText original, String text, OffsetMap map, boolean traditional) {
        this.original = Objects.requireNonNull(original);
        this.text = Objects.requireNonNull(text);
        this.map = map;
        this.traditional = traditional;
        this.paragraphs = original.paragraphs().stream().map(p -> new ArticleText.Paragraph(
                map.normalIndex(p.charStart()), map.normalIndex(p.charEnd()))).toList();
    }

    /** The normalised text, to match on (index with chars). */
    public String text() {
        return text;
    }

    /** The text as stored, which spans and quotes refer to. */
    public ArticleText original() {
        return original;
    }

    /** Whether the article is written in traditional script (and the view converts it). */
    public boolean isTraditional() {
        return traditional;
    }

    /** The paragraphs, in chars of the view. */
    public List<ArticleText.Paragraph> paragraphs() {
        return paragraphs;
    }

    /** The paragraph holding a char index of the view, or the last one before it. */
    public ArticleText.Paragraph paragraphAt(int charIndex) {
        return ArticleText.paragraphAt(paragraphs, charIndex);
    }

    /** The span of the original text that chars {@code [start, end)} of the view were read from. */
    public Span spanOfChars(int start, int end) {
        int from = map.originalStart(start);
        int to = end > start ? map.originalEnd(end) : from;
        return original.spanOfChars(from, to);
    }

    /** The view's char index of a code-point offset into the original (as a fact's span gives it). */
    public int charIndex(int codePointOffset) {
        return map.normalIndex(original.charIndex(codePointOffset));
    }

    @Override
    public String toString() {
        return text;
    }
}
