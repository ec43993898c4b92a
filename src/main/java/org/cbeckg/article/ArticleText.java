package org.cbeckg.article;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The normalised plain text of an article body: NFC, one paragraph a line, joined by {@code '\n'}. Offsets handed
 * out are code points; extractors work on the Java string and convert char indices with {@link #spanOfChars}.
 */
public final class ArticleText {
    /** Version of the text normalisation; offsets are only comparable between texts of the same version. */
    public static final String NORMALISATION = "html-paragraphs-nfc-v1";

    private final String text;
    private final List<Paragraph> paragraphs;
    private final CodePointIndex offsets;
    /** The extractors' view, made on first use (an auditor re-reading a file never needs it). */
    private volatile NormalisedText normalised;

    /** A paragraph's place in the text, in chars of the Java string. */
    public record Paragraph(int charStart, int charEnd) {
    }

    private ArticleText(String text, List<Paragraph> paragraphs) {
        this.text = text;
        this.paragraphs = List.copyOf(paragraphs);
        this.offsets = CodePointIndex.of(text);
    }

    /** Builds the text from paragraphs that are already visible text; blank ones are dropped, each is NFC'd. */
    public static ArticleText ofParagraphs(List<String> raw) {
        StringBuilder sb = new StringBuilder();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String p : raw) {
            String clean = Normalizer.normalize(Objects.requireNonNull(p), Normalizer.Form.NFC).strip();
            if (clean.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            paragraphs.add(new Paragraph(sb.length(), sb.length() + clean.length()));
            sb.append(clean);
        }
        return new ArticleText(sb.toString(), paragraphs);
    }

    /** The whole text as a Java string (index with chars, not code points). */
    public String text() {
        return text;
    }

    /** The view the extractors match on: see {@link TextNormaliser}. */
    public NormalisedText normalised() {
        NormalisedText view = normalised;
        if (view == null) {
            view = TextNormaliser.standard().normalise(this);   // a race only makes the same view twice
            normalised = view;
        }
        return view;
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    /** Length in code points. */
    public int length() {
        return offsets.codePointOffset(text.length());
    }

    /** The span covering chars {@code [charStart, charEnd)} of {@link #text()}, with code-point offsets. */
    public Span spanOfChars(int charStart, int charEnd) {
        return new Span(offsets.codePointOffset(charStart), offsets.codePointOffset(charEnd),
                text.substring(charStart, charEnd));
    }

    /** {@code text[start, end)} in code points: what an auditor re-slices to check a quote. */
    public String slice(int start, int end) {
        return text.substring(charIndex(start), charIndex(end));
    }

    /** The char index of a code-point offset. */
    public int charIndex(int codePointOffset) {
        if (codePointOffset < 0 || codePointOffset > length()) {
            throw new IndexOutOfBoundsException("code point " + codePointOffset + " of " + length());
        }
        return offsets.charIndex(codePointOffset);
    }

    /** The paragraph holding a char index, or the last one before it. */
    public Paragraph paragraphAt(int charIndex) {
        return paragraphAt(paragraphs, charIndex);
    }

    /** The paragraph of {@code paragraphs} (in text order) holding a char index, or the last one before it. */
    static Paragraph paragraphAt(List<Paragraph> paragraphs, int charIndex) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (paragraphs.get(mid).charStart() <= charIndex) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return paragraphs.isEmpty() ? new Paragraph(0, 0) : paragraphs.get(lo);
    }

    @Override
    public String toString() {
        return text;
    }
}
