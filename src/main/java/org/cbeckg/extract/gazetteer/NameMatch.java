package org.cbeckg.extract.gazetteer;

import java.util.List;
import java.util.Objects;

import org.cbeckg.model.Place;

/**
 * A place name found in a text by {@link PlaceScanner}: chars {@code [start, end)} of the scanned string, and every
 * place the name may denote (more than one for duplicate names such as 鼓楼区, resolved by the caller's context).
 *
 * <pre>{@code
 * NameMatch m = PlaceScanner.of(gazetteer).scan("在金华市").get(0); // start 1, end 4, surface 金华市
 * }</pre>
 *
 * @param fullName  true when the text used a full official name, false for a short form (金华 for 金华市)
 */
public record NameMatch(int start, int end, String surface, List<Place> candidates, boolean fullName) {
    public NameMatch {
        Objects.requireNonNull(surface);
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a match needs a candidate place");
        }
    }

    public boolean isAmbiguous() {
        return candidates.size() > 1;
    }
}
