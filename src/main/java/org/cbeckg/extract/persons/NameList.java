package org.cbeckg.extract.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cbeckg.lang.lexicon.Lexicon;

/**
 * Names listed after a role in a byline or an editor line: 邹多为、于佳欣 ; 周頔 摄 ; 吴剑 SF031.
 *
 * @param names  the names in order, each with its char offset
 * @param end    where the list ends
 */
public record NameList(List<Listed> names, int end) {

    private static final Lexicon LEXICON = Lexicon.of("name-list");

    /** One listed name at chars {@code [start, start + name.length())}. */
    public record Listed(String name, int start) {
    }

    private static final String SEPARATORS = LEXICON.text("separators");

    public NameList {
        names = List.copyOf(names);
    }

    /** Reads names from {@code index}; empty unless at least one is found and the list ends where a list may end. */
    public static Optional<NameList> readAt(NameFinder finder, String text, int index) {
        List<Listed> found = new ArrayList<>();
        int at = index;
        int end = index;
        Optional<String> name = finder.listedAt(text, at);
        while (name.isPresent()) {
            found.add(new Listed(name.get(), at));
            end = at + name.get().length();
            at = skipSeparators(text, end);
            name = at > end ? finder.listedAt(text, at) : Optional.empty();
        }
        return found.isEmpty() || !NameFinder.endsList(text, end) ? Optional.empty()
                : Optional.of(new NameList(found, end));
    }

    private static int skipSeparators(String text, int index) {
        int i = index;
        while (i < text.length() && SEPARATORS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}
