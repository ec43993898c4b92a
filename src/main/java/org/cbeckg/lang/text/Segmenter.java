package org.cbeckg.lang.text;

import java.util.ArrayList;
import java.util.List;

import org.cbeckg.lang.lexicon.Lexicon;

/**
 * The project's one sentence and clause segmenter. Cuts Chinese text into sentences (at 。！？ and line ends) and
 * sentences into clauses (also at ，；：), keeping char offsets. Marks inside 《》 do not cut: a document title is one
 * stretch. Parentheses do not cut a clause either: an aside such as {@code 12个综试区（其中金华市有金华、义乌两个）}
 * belongs to its clause; a reader that wants the aside apart (the figures' layout) adds {@link #BRACKETS} to the
 * marks. The marks are in {@code lexicon/segmenter.tsv}; the view the extractors read has ASCII marks folded to
 * full-width, and the ASCII ones stay listed for text read as it is stored.
 *
 * <pre>{@code
 * List<TextPiece> clauses = Segmenter.clauses(text, Segmenter.sentences(text).get(0));
 * }</pre>
 */
public final class Segmenter {

    private static final Lexicon LEXICON = Lexicon.of("segmenter");

    /** What ends a sentence. */
    public static final String SENTENCE_ENDS = LEXICON.text("sentence-ends");
    /** What ends a clause inside a sentence. */
    public static final String CLAUSE_ENDS = LEXICON.text("clause-ends");
    /** Brackets, which end a clause where an aside is read apart. */
    public static final String BRACKETS = LEXICON.text("brackets");

    private Segmenter() {
    }

    public static List<TextPiece> sentences(String text) {
        return split(text, new TextPiece(0, text.length()), SENTENCE_ENDS, true);
    }

    public static List<TextPiece> clauses(String text, TextPiece sentence) {
        return split(text, sentence, SENTENCE_ENDS + CLAUSE_ENDS, true);
    }

    /** Every clause of the text, in order. */
    public static List<TextPiece> clauses(String text) {
        List<TextPiece> out = new ArrayList<>();
        sentences(text).forEach(s -> out.addAll(clauses(text, s)));
        return out;
    }

    /**
     * The non-empty stretches of {@code within} between the chars of {@code marks}, marks left out; with
     * {@code titlesWhole}, no mark inside 《》 cuts.
     */
    public static List<TextPiece> split(String text, TextPiece within, String marks, boolean titlesWhole) {
        List<TextPiece> out = new ArrayList<>();
        int start = within.start();
        int titleDepth = 0;
        for (int i = within.start(); i < within.end(); i++) {
            char c = text.charAt(i);
            if (titlesWhole) {
                titleDepth += c == '《' ? 1 : c == '》' && titleDepth > 0 ? -1 : 0;
            }
            if (titleDepth == 0 && marks.indexOf(c) >= 0) {
                add(out, start, i);
                start = i + 1;
            }
        }
        add(out, start, within.end());
        return out;
    }

    /** Whether {@code c} ends a sentence. */
    public static boolean endsSentence(char c) {
        return SENTENCE_ENDS.indexOf(c) >= 0;
    }

    private static void add(List<TextPiece> out, int start, int end) {
        if (end > start) {
            out.add(new TextPiece(start, end));
        }
    }
}
