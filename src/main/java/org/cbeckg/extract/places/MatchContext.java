package org.cbeckg.extract.places;

import java.util.List;

import org.cbeckg.extract.gazetteer.NameMatch;
import org.cbeckg.lang.lexicon.Lexicon;

/**
 * Rejects name matches that the characters around them show to be something else: a people (蒙古族, 朝鲜族), a
 * street or school after a short form (中山路, 南京路, 中山大学), an ocean (印度洋), or the common noun
 * 城市 "city" split wrongly ({@code 沿海城市} holds 海城市): a name ending in 城市 must follow a word boundary.
 *
 * <pre>{@code
 * MatchContext.isPlace(match, "沿海城市"); // false for the match 海城市
 * }</pre>
 */
final class MatchContext {

    private static final Lexicon LEXICON = Lexicon.of("match-context");

    /** After a short form these make a street or a school named after a place or person (中山路, 中山大学). */
    private static final List<String> NAME_SUFFIXES = LEXICON.words("name-suffixes");

    /** Characters after which a new word surely starts: punctuation, prepositions, a division's type suffix. */
    private static final String WORD_END = LEXICON.text("word-end");

    /** Words that open with a place's name but are another word (中东欧, 中东部). */
    private static final List<String> LONGER_WORDS = LEXICON.words("longer-words");

    private MatchContext() {
    }

    static boolean isPlace(NameMatch m, String text) {
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 2));
        boolean splitCity = m.surface().endsWith("城市") && !startsWord(text, m.start());
        boolean longerWord = LONGER_WORDS.stream().anyMatch(w -> w.length() > m.surface().length()
                && text.startsWith(w, m.start()));
        if (after.startsWith("洋") || after.startsWith("族") || splitCity || longerWord) {
            return false;
        }
        if (m.fullName()) {
            return true;
        }
        return NAME_SUFFIXES.stream().noneMatch(after::startsWith);
    }

    private static boolean startsWord(String text, int index) {
        if (index == 0) {
            return true;
        }
        char before = text.charAt(index - 1);
        return Character.UnicodeScript.of(before) != Character.UnicodeScript.HAN || WORD_END.indexOf(before) >= 0;
    }
}
