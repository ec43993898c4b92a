package org.cbeckg.article;

import java.util.BitSet;
import java.util.List;

/**
 * Builds the view of an article's text that the extractors match on ({@link NormalisedText}): traditional script
 * read as simplified ({@link ScriptConverter}, when the article is written in it), full-width digits and letters as
 * ASCII and ASCII clause punctuation as full-width ({@link CharacterFolding}), thousands separators dropped
 * ({@link ThousandsSeparators}). Every step keeps or shortens the text, never lengthens it, and records where each
 * char came from, so every span found in the view maps back to exact offsets in the original.
 *
 * <p>Why characters and not OpenCC's whole chain: the character and phrase tables keep the length char for char, and
 * that is all the extractors need to read 億, 商務部, 進出口 and 超過. Only the dropped separators (and the rare
 * character folded from a surrogate pair to one char) move offsets, and {@link OffsetMap} keeps just those places.
 *
 * <pre>{@code
 * NormalisedText view = TextNormaliser.standard().normalise(article.body());
 * view.text();                            // 商务部：进出口1234.5亿元
 * view.spanOfChars(0, 3).exact();         // 商務部, in the article's own script
 * }</pre>
 */
public final class TextNormaliser {

    private static final TextNormaliser STANDARD = new TextNormaliser(ScriptConverter.standard());

    private final ScriptConverter script;

    public TextNormaliser(ScriptConverter script) {
        this.script = script;
    }

    public static TextNormaliser standard() {
        return STANDARD;
    }

    /** The normalised form of a short text a person typed (a figure to trace, a search): 1.98萬億 → 1.98万亿. */
    public String normalise(String typed) {
        return normalise(ArticleText.ofParagraphs(List.of(typed))).text();
    }

    public NormalisedText normalise(ArticleText original) {
        String text = original.text();
        boolean traditional = script.isTraditional(text);
        BitSet separators = ThousandsSeparators.in(text);
        StringBuilder out = new StringBuilder(text.length());
        OffsetMap.Builder map = OffsetMap.builder();
        int i = 0;
        while (i < text.length()) {
            if (separators.get(i)) {
                map.skip(1);
                i++;
                continue;
            }
            ScriptConverter.Conversion c = traditional ? script.at(text, i) : null;
            int length = c != null ? c.length() : Character.charCount(text.codePointAt(i));
            String piece = c != null ? c.simplified() : CharacterFolding.fold(text, i);
            out.append(piece);
            map.piece(length, piece.length());
            i += length;
        }
        return new NormalisedText(original, out.toString(), map.build(), traditional);
    }
}
