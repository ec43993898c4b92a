package org.cbeckg.extract.zones;

import java.util.ArrayList;
import java.util.List;

import org.cbeckg.lang.lexicon.Lexicon;

/**
 * Cuts Chinese text into sentences (at 。！？ and line ends) and sentences into clauses (also at ，；：), keeping char
 * offsets. Marks inside 《》 do not cut: a document title is one stretch. Parentheses do not cut either: an aside
 * such as {@code 12个综试区（其中金华市有金华、义乌两个）} belongs to its clause.
 *
 * <pre>{@code
 * List<TextPiece> clauses = Segmenter.clauses(text, Segmenter.sentences(text).get(0));
 * }</pre>
 */
public final class Segmenter {

    private static final Lexicon LEXICON = Lexicon.of("segmenter");

    private static final String SENTENCE_END = LEXICON.text("sentence-end");
    private static final String CLAUSE_END = LEXICON.text("clause-end");

    private Segmenter() {
    }

    public static List<TextPiece> sentences(String text) {
        return split(text, new TextPiece(0, text.length()), SENTENCE_END);
    }

    public static List<TextPiece> clauses(String text, TextPiece sentence) {
        return split(text, sentence, SENTENCE_END + CLAUSE_END);
    }

    /** Every clause of the text, in order. */
    public static List<TextPiece> clauses(String text) {
        List<TextPiece> out = new ArrayList<>();
        sentences(text).forEach(s -> out.addAll(clauses(text, s)));
        return out;
    }

    private static List<TextPiece> split(String text, TextPiece within, String marks) {
        List<TextPiece> out = new ArrayList<>();
        int start = within.start();
        int titleDepth = 0;
        for (int i = within.start(); i < within.end(); i++) {
            char c = text.charAt(i);
            titleDepth += c == '《' ? 1 : c == '》' && titleDepth > 0 ? -1 : 0;
            if (titleDepth == 0 && marks.indexOf(c) >= 0) {
                add(out, start, i);
                start = i + 1;
            }
        }
        add(out, start, within.end());
        return out;
    }

    private static void add(List<TextPiece> out, int start, int end) {
        if (end > start) {
            out.add(new TextPiece(start, end));
        }
    }
}
