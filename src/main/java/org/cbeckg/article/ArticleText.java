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

    /** A paragraph's place in the text, in chars of the Java string. */
    public record Paragraph(int charStart, int charEnd) {
    }

    private ArticleText(String text, List<Paragraph> paragraphs) {
        this.text = text;
        this.paragraphs = List.copyOf(paragraphs);
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

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    /** Length in code points. */
    public int length() {
        return text.codePointCount(0, text.length());
    }

    /** The span covering chars {@code [charStart, charEnd)} of {@link #text()}, with code-point offsets. */
    public Span spanOfChars(int charStart, int charEnd) {
        int start = text.codePointCount(0, charStart);
        String exact = text.substring(charStart, charEnd);
        return new Span(start, start + exact.codePointCount(0, exact.length()), exact);
    }

    /** {@code text[start, end)} in code points: what an auditor re-slices to check a quote. */
    public String slice(int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }

    /** The char index of a code-point offset. */
    public int charIndex(int codePointOffset) {
        return text.offsetByCodePoints(0, codePointOffset);
    }

    /** The paragraph holding a char index, or the last one before it. */
    public Paragraph paragraphAt(int charIndex) {
        Paragraph found = paragraphs.isEmpty() ? new Paragraph(0, 0) : paragraphs.get(0);
        for (Paragraph p : paragraphs) {
            if (p.charStart() <= charIndex) {
                found = p;
            }
        }
        return found;
    }

    @Override
    public String toString() {
        return text;
    }
}
