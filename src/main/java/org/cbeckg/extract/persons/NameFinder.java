package org.cbeckg.extract.persons;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cbeckg.lang.lexicon.Lexicon;

/**
 * Decides where a name that starts at a known position ends, from what follows it. After a post the name is
 * followed by a verb of saying or acting, a date or a preposition (高峰表示, 李某部署, 王某6月10日主持, 盛秋平在…时表示)
 * or by punctuation; in a byline or an editor line by a separator, a staff code or the end of the line (周頔 摄,
 * 邹多为、于佳欣）, 吴剑 SF031).
 *
 * <pre>{@code
 * new NameFinder(ChineseNames.standard()).speakerAt("副部长王令浚表示", 3);   // 王令浚
 * }</pre>
 */
public final class NameFinder {

    private static final Lexicon LEXICON = Lexicon.of("name-finder");

    /** Two-character words that follow a speaker's name; tried first, as they are the surest sign. */
    private static final List<String> AFTER_SPEAKER = LEXICON.words("after-speaker");
    /** A date right after an official's name, before the verb: 总理李某6月10日主持召开…, 部长王某十二日会见… */
    private static final Pattern DATE_AFTER_SPEAKER =
            LEXICON.pattern("date-after-speaker");
    /** One-character words that follow a speaker's name (说, 称, 在 …), tried after the two-character ones. */
    private static final String AFTER_SPEAKER_CHAR = LEXICON.text("after-speaker-char");
    /** Punctuation that may close a speaker's name; not a closing quote (“部长通道”: a post inside a quoted phrase). */
    private static final String PUNCTUATION = LEXICON.text("punctuation");
    /** What ends a name in a byline or an editor line, besides punctuation and the end of the text. */
    private static final List<String> LIST_TERMINATORS = LEXICON.words("list-terminators");
    private static final String LIST_PUNCTUATION = LEXICON.text("list-punctuation");

    private final ChineseNames names;

    public NameFinder(ChineseNames names) {
        this.names = names;
    }

    /** The name starting at {@code index} that a verb, a preposition or punctuation follows, in that preference. */
    public Optional<String> speakerAt(String text, int index) {
        List<String> candidates = candidatesAt(text, index);
        return firstFollowedBy(candidates, text, index, this::followedByWord)
                .or(() -> firstFollowedBy(candidates, text, index, NameFinder::followedByChar))
                .or(() -> firstFollowedBy(candidates, text, index, (t, end) -> followedBy(t, end, PUNCTUATION)));
    }

    /** The name starting at {@code index} in a list of names: a terminator word, then a separator must follow. */
    public Optional<String> listedAt(String text, int index) {
        List<String> candidates = candidatesAt(text, index);
        return firstFollowedBy(candidates, text, index, NameFinder::followedByTerminator)
                .or(() -> firstFollowedBy(candidates, text, index, NameFinder::followedByListBreak));
    }

    /** Plausible names at {@code index}, unless a role word stands there (通讯员 looks like a name: 通 is a surname). */
    private List<String> candidatesAt(String text, int index) {
        boolean roleWord = LIST_TERMINATORS.stream().anyMatch(w -> text.startsWith(w, index))
                || text.startsWith("记者", index);
        return roleWord ? List.of() : names.candidatesAt(text, index);
    }

    /** Whether a list of names may end at {@code index}: end of text or line, a closing bracket, a terminator word. */
    public static boolean endsList(String text, int index) {
        return index >= text.length() || "）)】]\n".indexOf(text.charAt(index)) >= 0 || followedByTerminator(text, index)
                || Character.isWhitespace(text.charAt(index)) || isStaffCode(text, index);
    }

    private interface Follower {
        boolean test(String text, int end);
    }

    private static Optional<String> firstFollowedBy(List<String> candidates, String text, int index, Follower f) {
        return candidates.stream().filter(c -> f.test(text, index + c.length())).findFirst();
    }

    private boolean followedByWord(String text, int end) {
        return AFTER_SPEAKER.stream().anyMatch(w -> text.startsWith(w, end))
                || end < text.length() && DATE_AFTER_SPEAKER.matcher(text).region(end, text.length()).lookingAt();
    }

    private static boolean followedByChar(String text, int end) {
        return followedBy(text, end, AFTER_SPEAKER_CHAR);
    }

    private static boolean followedBy(String text, int end, String chars) {
        return end >= text.length() || chars.indexOf(text.charAt(end)) >= 0;
    }

    private static boolean followedByTerminator(String text, int end) {
        return LIST_TERMINATORS.stream().anyMatch(w -> text.startsWith(w, end));
    }

    private static boolean followedByListBreak(String text, int end) {
        return followedBy(text, end, LIST_PUNCTUATION) || Character.isWhitespace(text.charAt(end))
                || isStaffCode(text, end);
    }

    /** Latin letters, digits or _ right after an editor's name are a staff code (吴剑 SF031, 孙岩_NF5619). */
    static boolean isStaffCode(String text, int index) {
        if (index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return c == '_' || c < 128 && Character.isLetterOrDigit(c);
    }
}
