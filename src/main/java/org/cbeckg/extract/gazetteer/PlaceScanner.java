package org.cbeckg.extract.gazetteer;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds place names in a text, leftmost-longest and without overlaps: 金华市 is one match, not 金华 + 市. Built by
 * {@link Gazetteer#scanner()}; immutable and thread-safe.
 *
 * <pre>{@code
 * List<NameMatch> found = Gazetteer.standard().scanner().scan("金华市、舟山市获批");
 * }</pre>
 */
public final class PlaceScanner {

    private final NameTrie<NameMatch> names; // start/end of the stored matches are unused placeholders

    PlaceScanner(NameTrie<NameMatch> names) {
        this.names = names;
    }

    public List<NameMatch> scan(String text) {
        List<NameMatch> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            NameTrie.Hit<NameMatch> hit = names.longestAt(text, i);
            if (hit == null) {
                i++;
                continue;
            }
            NameMatch m = hit.value();
            out.add(new NameMatch(i, hit.end(), text.substring(i, hit.end()), m.candidates(), m.fullName()));
            i = hit.end();
        }
        return out;
    }
}
