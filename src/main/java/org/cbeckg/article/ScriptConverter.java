package org.cbeckg.article;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cbeckg.ClasspathText;

/**
 * Traditional → simplified Chinese by OpenCC's {@code t2s} tables ({@code /opencc/TSPhrases.txt} and
 * {@code TSCharacters.txt}, Apache-2.0, see the README there): at each position the longest phrase wins, else the
 * character's first simplified form. Every conversion keeps the text's length in chars (entries that would lengthen
 * it are left out), so a converted text lines up with its original char for char.
 *
 * <pre>{@code
 * ScriptConverter t2s = ScriptConverter.standard();
 * t2s.isTraditional("商務部表示，進出口超過1.98萬億元");   // true
 * t2s.at("商務部", 1);                                     // Conversion[length=1, simplified=务]
 * }</pre>
 */
public final class ScriptConverter {

    /** Above this share of traditional-only characters among its Han characters, a text is in traditional script. */
    private static final double TRADITIONAL_SHARE = 0.05;

    private static final ScriptConverter STANDARD = new ScriptConverter(
            ClasspathText.lines("/opencc/TSPhrases.txt"), ClasspathText.lines("/opencc/TSCharacters.txt"));

    private final Map<Integer, String> characters = new HashMap<>();
    private final Map<String, String> phrases = new HashMap<>();
    /** Characters that exist only in traditional script: none of their simplified forms is themselves. */
    private final Set<Integer> traditionalOnly = new HashSet<>();
    /** The first character of each phrase, to try phrases only where one may start. */
    private final Set<Integer> phraseStarts = new HashSet<>();
    private int longestPhrase;

    ScriptConverter(List<String> phraseLines, List<String> characterLines) {
        for (String[] entry : entries(characterLines)) {
            int traditional = entry[0].codePointAt(0);
            String simplified = entry[1];
            if (simplified.length() <= entry[0].length()) {
                characters.put(traditional, simplified);
            }
            if (!List.of(entry).subList(1, entry.length).contains(entry[0])) {
                traditionalOnly.add(traditional);
            }
        }
        for (String[] entry : entries(phraseLines)) {
            if (entry[1].length() == entry[0].length()) {
                phrases.put(entry[0], entry[1]);
                phraseStarts.add(entry[0].codePointAt(0));
                longestPhrase = Math.max(longestPhrase, entry[0].length());
            }
        }
    }

    public static ScriptConverter standard() {
        return STANDARD;
    }

    /**
     * Whether the text is written in traditional script: a mainland article with a traditional character in a name
     * (周頔) is not; a Hong Kong or Taiwan reprint, where every third or fourth character differs, is.
     */
    public boolean isTraditional(CharSequence text) {
        long han = 0;
        long traditional = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                traditional += traditionalOnly.contains((int) c) ? 1 : 0;
            }
        }
        return han > 0 && traditional >= TRADITIONAL_SHARE * han;
    }

    /**
     * The simplified form of what starts at char {@code index}: the longest phrase there, else the character; null
     * when nothing there converts. The result is never longer than what it replaces in {@code text}.
     */
    public Conversion at(String text, int index) {
        int cp = text.codePointAt(index);
        if (phraseStarts.contains(cp)) {
            for (int len = Math.min(longestPhrase, text.length() - index); len > 1; len--) {
                String simplified = phrases.get(text.substring(index, index + len));
                if (simplified != null) {
                    return new Conversion(len, simplified);
                }
            }
        }
        String simplified = characters.get(cp);
        return simplified == null ? null : new Conversion(Character.charCount(cp), simplified);
    }

    /** {@code length} chars of the text read as {@code simplified}. */
    public record Conversion(int length, String simplified) {
    }

    /** Key and values of each line ({@code 億<TAB>亿}, {@code 於<TAB>于 於}); comments and blank lines skipped. */
    private static List<String[]> entries(List<String> lines) {
        return lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> {
            String[] kv = l.split("\t", 2);
            String[] values = kv[1].strip().split(" ");
            String[] entry = new String[values.length + 1];
            entry[0] = kv[0];
            System.arraycopy(values, 0, entry, 1, values.length);
            return entry;
        }).toList();
    }
}
