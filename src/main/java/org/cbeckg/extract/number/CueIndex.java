package org.cbeckg.extract.number;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cbeckg.lang.text.SortedLists;

/**
 * The time cues of one text, asked by stretch: the cues inside {@code [from, to)} are found by binary search, so a
 * figure's question costs the same in a long article as in a short one. The cues are those of {@link TimeCues#scan}:
 * in order and without overlaps, so their ends ascend with their starts.
 *
 * <pre>{@code
 * CueIndex cues = new CueIndex(new TimeCues(published).scan(text));
 * List<TimeCue> inSentence = cues.within(sentence.start(), sentence.end());
 * }</pre>
 */
public final class CueIndex {

    private final List<TimeCue> cues;
    private final Map<Integer, TimeCue> byStart = new HashMap<>();

    public CueIndex(List<TimeCue> cues) {
        this.cues = List.copyOf(cues);
        this.cues.forEach(c -> byStart.putIfAbsent(c.start(), c));
    }

    public List<TimeCue> all() {
        return cues;
    }

    /** The cues lying wholly inside chars {@code [from, to)}, in order. */
    public List<TimeCue> within(int from, int to) {
        int first = SortedLists.firstAtLeast(cues, TimeCue::start, from);
        return cues.subList(first, Math.max(first, SortedLists.firstAtLeast(cues, TimeCue::end, to + 1)));
    }

    /** The last cue lying wholly inside chars {@code [from, to)}, or null. */
    public TimeCue last(int from, int to) {
        int after = SortedLists.firstAtLeast(cues, TimeCue::end, to + 1);
        return after > 0 && cues.get(after - 1).start() >= from ? cues.get(after - 1) : null;
    }

    /** The cue starting at {@code at}, or null. */
    public TimeCue startingAt(int at) {
        return byStart.get(at);
    }
}
