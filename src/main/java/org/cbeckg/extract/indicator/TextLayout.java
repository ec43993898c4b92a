package org.cbeckg.extract.indicator;

import java.util.ArrayList;
import java.util.List;

import org.cbeckg.article.ArticleText;
import org.cbeckg.article.NormalisedText;
import org.cbeckg.lang.text.Segmenter;
import org.cbeckg.lang.text.SortedLists;
import org.cbeckg.lang.text.TextPiece;

/**
 * Paragraphs, sentences and clauses of an article's text, in chars of the Java string. A sentence ends at 。！？ or a
 * line break; a clause also ends at a comma, a semicolon (statistics list parallel figures across it), a colon or a
 * bracket, so {@code 浙江共有12个综试区（其中金华市有
 * 金华、义乌两个）} has two clauses. The enumeration comma 、 does not end a clause.
 *
 * <pre>{@code
 * TextLayout layout = TextLayout.of(article.view());
 * TextLayout.Range clause = layout.clauseAt(charIndex);
 * }</pre>
 */
public final class TextLayout {

    private static final String CLAUSE_ENDS = Segmenter.SENTENCE_ENDS + Segmenter.CLAUSE_ENDS + Segmenter.BRACKETS;

    /** Chars {@code [start, end)} of the text; {@code paragraph} is the index of the paragraph holding it. */
    public record Range(int start, int end, int paragraph) {
        public boolean contains(int charIndex) {
            return start <= charIndex && charIndex < end;
        }
    }

    private final String text;
    private final List<Range> paragraphs;
    private final List<Range> sentences;
    private final List<Range> clauses;

    private TextLayout(String text, List<Range> paragraphs) {
        this.text = text;
        this.paragraphs = List.copyOf(paragraphs);
        this.sentences = split(paragraphs, Segmenter.SENTENCE_ENDS);
        this.clauses = split(sentences, CLAUSE_ENDS);
    }

    public static TextLayout of(NormalisedText body) {
        List<Range> ps = new ArrayList<>();
        for (ArticleText.Paragraph p : body.paragraphs()) {
            ps.add(new Range(p.charStart(), p.charEnd(), ps.size()));
        }
        return new TextLayout(body.text(), ps);
    }

    public String text() {
        return text;
    }

    public List<Range> paragraphs() {
        return paragraphs;
    }

    public Range paragraphAt(int charIndex) {
        return find(paragraphs, charIndex);
    }

    public Range sentenceAt(int charIndex) {
        return find(sentences, charIndex);
    }

    public Range clauseAt(int charIndex) {
        return find(clauses, charIndex);
    }

    /** The clauses of a sentence or paragraph, in order. */
    public List<Range> clausesIn(Range outer) {
        return SortedLists.within(clauses, Range::start, Range::end, outer.start(), outer.end());
    }

    public String textOf(Range r) {
        return text.substring(r.start(), r.end());
    }

    private List<Range> split(List<Range> outer, String ends) {
        List<Range> out = new ArrayList<>();
        for (Range o : outer) {
            for (TextPiece p : Segmenter.split(text, new TextPiece(o.start(), o.end()), ends, false)) {
                add(out, p.start(), p.end(), o.paragraph());
            }
        }
        return List.copyOf(out);
    }

    /** Adds the range without surrounding blanks, if anything is left. */
    private void add(List<Range> out, int start, int end, int paragraph) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Range(start, end, paragraph));
        }
    }

    /** The last range starting at or before {@code charIndex}, else the first (ranges are in text order). */
    private static Range find(List<Range> ranges, int charIndex) {
        if (ranges.isEmpty()) {
            return new Range(0, 0, 0);
        }
        return ranges.get(Math.max(0, SortedLists.firstAtLeast(ranges, Range::start, charIndex + 1) - 1));
    }
}
