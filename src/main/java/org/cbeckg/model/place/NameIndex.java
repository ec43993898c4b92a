package org.cbeckg.model.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cbeckg.model.Place;
import org.cbeckg.model.PlaceLevel;

/**
 * Decides which names stand for which places. Full names always count (鼓楼区 stays ambiguous between its four
 * cities, for context to decide), except those that are mostly common words ({@code common-words.txt}). A derived
 * short form is dropped when it is a common word or some place's full name; when several places claim it, the
 * highest level wins (吉林 → 吉林省, not 吉林市) and places of the same level share it, counties included (东兴 is
 * 东兴市 in 广西 or 东兴区 in 四川): the place extractor resolves a shared short form from its context, as it does a
 * duplicate full name, and leaves it out when the context does not decide.
 *
 * <pre>{@code
 * NameIndex index = NameIndex.build(places, candidatesById, commonWords);
 * index.entries().get("吉林"); // Entry([220000], false)
 * }</pre>
 */
final class NameIndex {

    /** The places a name may denote, and whether it is their full name (else a short form). */
    record Entry(List<String> placeIds, boolean fullName) {
    }

    private final Map<String, Entry> entries;
    private final Map<String, List<String>> shortNamesById;

    private NameIndex(Map<String, Entry> entries, Map<String, List<String>> shortNamesById) {
        this.entries = entries;
        this.shortNamesById = shortNamesById;
    }

    /** Every name with its places. */
    Map<String, Entry> entries() {
        return entries;
    }

    /** The short forms kept for a place. */
    List<String> shortNames(String id) {
        return shortNamesById.getOrDefault(id, List.of());
    }

    static NameIndex build(List<Place> places, Map<String, List<String>> candidates, Set<String> commonWords) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Place p : places) {
            if (!commonWords.contains(p.name())) {
                entries.computeIfAbsent(p.name(), n -> new Entry(new ArrayList<>(), true)).placeIds().add(p.id());
            }
        }
        Map<String, List<Place>> claimants = new LinkedHashMap<>();
        for (Place p : places) {
            for (String form : candidates.getOrDefault(p.id(), List.of())) {
                if (!commonWords.contains(form) && !entries.containsKey(form)) {
                    claimants.computeIfAbsent(form, f -> new ArrayList<>()).add(p);
                }
            }
        }
        Map<String, List<String>> shortNamesById = new LinkedHashMap<>();
        claimants.forEach((form, claiming) -> {
            List<Place> winners = winners(claiming);
            if (!winners.isEmpty()) {
                entries.put(form, new Entry(winners.stream().map(Place::id).toList(), false));
                winners.forEach(w -> shortNamesById.computeIfAbsent(w.id(), id -> new ArrayList<>()).add(form));
            }
        });
        entries.replaceAll((name, e) -> new Entry(List.copyOf(e.placeIds()), e.fullName()));
        shortNamesById.replaceAll((id, forms) -> List.copyOf(forms));
        return new NameIndex(Map.copyOf(entries), Map.copyOf(shortNamesById));
    }

    private static List<Place> winners(List<Place> claiming) {
        int best = claiming.stream().mapToInt(p -> rank(p.level())).min().orElseThrow();
        return claiming.stream().filter(p -> rank(p.level()) == best).sorted(Comparator.comparing(Place::id)).toList();
    }

    /** Lower is higher in the hierarchy. */
    static int rank(PlaceLevel level) {
        return switch (level) {
            case COUNTRY -> 0;
            case PROVINCE, MUNICIPALITY, SAR -> 1;
            case PREFECTURE -> 2;
            case COUNTY -> 3;
            case REGION -> 4;
        };
    }
}
