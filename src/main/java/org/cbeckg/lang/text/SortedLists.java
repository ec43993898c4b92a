package org.cbeckg.lang.text;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Binary search over lists kept in text order: what lets an extractor ask "which mentions, cues or clauses lie here"
 * in O(log n) instead of scanning the whole article for each figure.
 *
 * <pre>{@code
 * int i = SortedLists.firstAtLeast(places, LocatedPlace::start, clause.start());
 * }</pre>
 */
public final class SortedLists {

    private SortedLists() {
    }

    /** The index of the first element whose key is at least {@code value}, or the size; keys must ascend. */
    public static <T> int firstAtLeast(List<T> sorted, ToIntFunction<T> key, int value) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (key.applyAsInt(sorted.get(mid)) < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The elements starting in {@code [from, to)} and ending by {@code to}, in order; elements must be sorted by start.
     */
    public static <T> List<T> within(List<T> sorted, ToIntFunction<T> start, ToIntFunction<T> end, int from,
                                     int to) {
        int first = firstAtLeast(sorted, start, from);
        int last = first;
        while (last < sorted.size() && start.applyAsInt(sorted.get(last)) < to) {
            last++;
        }
        return sorted.subList(first, last).stream().filter(e -> end.applyAsInt(e) <= to).toList();
    }
}
