package org.cbeckg.extract.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cbeckg.model.Place;
import org.cbeckg.model.place.Gazetteer;

/**
 * Finds place names in a text, leftmost-longest and without overlaps: 金华市 is one match, not 金华 + 市. Built from
 * the {@link Gazetteer}'s names; immutable and thread-safe.
 *
 * <pre>{@code
 * List<NameMatch> found = PlaceScanner.of(Gazetteer.standard()).scan("金华市、舟山市获批");
 * }</pre>
 */
public final class PlaceScanner {

    private final NameTrie<NameMatch> names; // start/end of the stored matches are unused placeholders

    private PlaceScanner(NameTrie<NameMatch> names) {
        this.names = names;
    }

    /** A scanner for every full name and kept short form of the gazetteer. */
    public static PlaceScanner of(Gazetteer gazetteer) {
        return of(gazetteer, Map.of());
    }

    /** A scanner that also knows {@code extraNames} (e.g. 我国 → China); an extra name wins over a gazetteer name. */
    public static PlaceScanner of(Gazetteer gazetteer, Map<String, Place> extraNames) {
        NameTrie.Builder<NameMatch> trie = NameTrie.builder();
        for (String name : gazetteer.names()) {
            trie.put(name, new NameMatch(0, 0, name, gazetteer.byName(name), gazetteer.isFullName(name)));
        }
        extraNames.forEach((name, p) -> trie.put(name, new NameMatch(0, 0, name, List.of(p), false)));
        return new PlaceScanner(trie.build());
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
