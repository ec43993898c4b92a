package org.cbeckg.article;

import java.text.Normalizer;
import java.util.Map;

/**
 * Folds one character to the form the extractors' rules are written for. Full-width letters and digits
 * ({@code １２３}), half-width CJK marks ({@code ｡ ､}), compatibility ideographs and Kangxi radicals become what NFKC
 * makes of them, where that keeps the length; ASCII clause punctuation becomes its full-width form
 * ({@code ( ) , : ; ! ?} read as {@code （ ） ， ： ； ！ ？}), which NFKC would do the other way round. A colon between
 * digits is a time ({@code 10:30}) and stays. Anything else is kept as it is.
 *
 * <pre>{@code
 * CharacterFolding.fold("中国(烟台)", 2);   // "（"
 * CharacterFolding.fold("１２亿元", 0);     // "1"
 * }</pre>
 */
final class CharacterFolding {

    /** The ASCII marks that separate clauses in Chinese text, and the full-width forms the rules read. */
    private static final Map<Character, String> CLAUSE_MARKS = Map.of('(', "（", ')', "）", ',', "，", ':', "：",
            ';', "；", '!', "！", '?', "？");

    private CharacterFolding() {
    }

    /** The folded form of the character at char {@code index}: never longer than the character. */
    static String fold(String text, int index) {
        int cp = text.codePointAt(index);
        String own = new String(Character.toChars(cp));
        String folded = byNfkc(cp) ? Normalizer.normalize(own, Normalizer.Form.NFKC) : own;
        if (folded.codePointCount(0, folded.length()) != 1 || folded.length() > own.length()) {
            folded = own;
        }
        String mark = folded.length() == 1 ? CLAUSE_MARKS.get(folded.charAt(0)) : null;
        return mark == null || isTime(text, index, folded.charAt(0)) ? folded : mark;
    }

    /** Blocks whose NFKC form is the character the rules expect. */
    private static boolean byNfkc(int cp) {
        return cp >= 0xFF01 && cp <= 0xFF5E       // full-width ASCII
                || cp >= 0xFF61 && cp <= 0xFF64    // half-width 。「」、
                || cp >= 0x2F00 && cp <= 0x2FDF    // Kangxi radicals
                || cp >= 0xF900 && cp <= 0xFAFF    // CJK compatibility ideographs
                || cp >= 0x2F800 && cp <= 0x2FA1F; // CJK compatibility ideographs supplement
    }

    private static boolean isTime(String text, int index, char mark) {
        return mark == ':' && index > 0 && index + 1 < text.length() && isDigit(text.charAt(index - 1))
                && isDigit(text.charAt(index + 1));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }
}
