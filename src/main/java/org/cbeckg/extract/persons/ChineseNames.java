package org.cbeckg.extract.persons;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cbeckg.ClasspathText;
import org.cbeckg.lang.lexicon.Lexicon;

/**
 * What a Chinese personal name can look like: a surname from the list (one character, or two for 欧阳, 司马 …) and a
 * given name of one or two characters, none of them a function word. Names are in no list; this only rules out
 * strings that cannot be names, so callers find names from structure (a post before, a verb after).
 *
 * <pre>{@code
 * ChineseNames names = ChineseNames.standard();
 * names.isPlausible("盛秋平");   // true
 * names.isPlausible("有关部门"); // false
 * }</pre>
 */
public final class ChineseNames {

    private static final Lexicon LEXICON = Lexicon.of("chinese-names");

    public static final String STANDARD_RESOURCE = "/persons/surnames.txt";

    /**
     * Characters that do not occur in given names but do follow names in running text (了解, 表示, 上午 …). Not 前:
     * it does end given names (何咏前), and a name before 日前 or 此前 ends before them anyway.
     */
    private static final String NOT_IN_GIVEN_NAMES = LEXICON.text("not-in-given-names");
    /** Of those, the ones a given name may hold inside but not end with: 苏日娜, 乌日汗 (not 王某 + 日前). */
    private static final String INSIDE_GIVEN_NAMES = LEXICON.text("inside-given-names");
    /** A transliterated (Uyghur, Kazakh …) name: Han parts joined by a middle dot, 阿依古丽·吐尔逊. */
    private static final java.util.regex.Pattern DOTTED = LEXICON.pattern("dotted");

    private final Set<Integer> singleSurnames;
    private final Set<String> compoundSurnames;

    private ChineseNames(Set<Integer> singleSurnames, Set<String> compoundSurnames) {
        this.singleSurnames = Set.copyOf(singleSurnames);
        this.compoundSurnames = Set.copyOf(compoundSurnames);
    }

    public static ChineseNames standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final ChineseNames INSTANCE = fromResource(STANDARD_RESOURCE);
    }

    public static ChineseNames fromResource(String resource) {
        return parse(ClasspathText.lines(resource));
    }

    /** Lines of single surnames run together; after a {@code [compound]} line, space-separated compound ones. */
    static ChineseNames parse(List<String> lines) {
        Set<Integer> singles = new HashSet<>();
        Set<String> compounds = new HashSet<>();
        boolean compound = false;
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("[")) {
                compound = l.equals("[compound]");
            } else if (compound) {
                compounds.addAll(List.of(l.split("\\s+")));
            } else {
                l.codePoints().forEach(singles::add);
            }
        }
        return new ChineseNames(singles, compounds);
    }

    public boolean isPlausible(String candidate) {
        int[] cps = candidate.codePoints().toArray();
        if (cps.length < 2 || cps.length > 4 || !allHan(cps)) {
            return false;
        }
        int surname = surnameLength(candidate);
        int given = cps.length - surname;
        return surname > 0 && given >= 1 && given <= 2 && givenNameOk(cps, surname);
    }

    /**
     * The plausible names starting at char {@code index}, shortest first; then the transliterated names with a
     * middle dot there, each possible end of the last part (阿依古丽·吐尔, 阿依古丽·吐尔逊, …), for the caller's
     * structure to pick.
     */
    public List<String> candidatesAt(String text, int index) {
        List<String> found = new ArrayList<>(hanCandidatesAt(text, index));
        java.util.regex.Matcher m = DOTTED.matcher(text).region(index, text.length());
        if (m.lookingAt()) {
            int lastDot = Math.max(m.group().lastIndexOf('·'), Math.max(m.group().lastIndexOf('•'),
                    m.group().lastIndexOf('・')));
            for (int end = index + lastDot + 3; end <= m.end(); end++) {
                found.add(text.substring(index, end));
            }
        }
        return found;
    }

    private List<String> hanCandidatesAt(String text, int index) {
        List<String> found = new ArrayList<>();
        for (int length = 2; length <= 4 && index + length <= text.length(); length++) {
            String s = text.substring(index, index + length);
            if (isPlausible(s)) {
                found.add(s);
            }
        }
        return found;
    }

    /** 2 for a compound surname, 1 for a single one, 0 when the string starts with no surname. */
    private int surnameLength(String s) {
        if (s.length() >= 3 && compoundSurnames.contains(s.substring(0, 2))) {
            return 2;
        }
        return singleSurnames.contains(s.codePointAt(0)) ? 1 : 0;
    }

    private static boolean givenNameOk(int[] cps, int from) {
        for (int i = from; i < cps.length; i++) {
            boolean inside = i < cps.length - 1 && INSIDE_GIVEN_NAMES.indexOf(cps[i]) >= 0;
            if (NOT_IN_GIVEN_NAMES.indexOf(cps[i]) >= 0 && !inside) {
                return false;
            }
        }
        return true;
    }

    private static boolean allHan(int[] cps) {
        for (int cp : cps) {
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
    }
}
