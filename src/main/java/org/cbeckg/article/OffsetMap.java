package org.cbeckg.article;

import java.util.Arrays;

/**
 * Where each char of a normalised text came from in the original: a piecewise shift, kept only where the shift
 * changes (a thousands separator dropped, a surrogate pair folded to one char). Normalisation never lengthens a
 * piece, so the original index grows with the normalised one and both directions are a binary search.
 *
 * <pre>{@code
 * OffsetMap.Builder b = OffsetMap.builder();
 * b.piece(3, 1);          // original chars [3, 4) became 1 char
 * b.skip(1);              // original char 4 dropped
 * OffsetMap map = b.build();
 * }</pre>
 */
final class OffsetMap {

    /** Normalised index of each anchor, ascending. */
    private final int[] normal;
    /** Original index of each anchor; from an anchor on, both advance together until the next. */
    private final int[] original;

    private OffsetMap(int[] normal, int[] original) {
        this.normal = normal;
        this.original = original;
    }

    static Builder builder() {
        return new Builder();
    }

    /** The original index of the normalised char at {@code index} (or of the end, at the text's length). */
    int originalStart(int index) {
        int k = lastAtMost(normal, index);
        return original[k] + index - normal[k];
    }

    /**
     * The original index where a stretch ending at normalised {@code index} ends: before any chars dropped there, so a
     * span never takes in a dropped separator after it.
     */
    int originalEnd(int index) {
        int found = Arrays.binarySearch(normal, index);
        if (found < 0) {
            return originalStart(index);
        }
        while (found > 0 && normal[found - 1] == index) {
            found--;
        }
        return original[found];
    }

    /** The normalised index of the original char at {@code index}; a dropped char maps to the char after it. */
    int normalIndex(int index) {
        int k = lastAtMost(original, index);
        int at = normal[k] + index - original[k];
        return k + 1 < normal.length ? Math.min(at, normal[k + 1]) : at;
    }

    private static int lastAtMost(int[] sorted, int value) {
        int found = Arrays.binarySearch(sorted, value);
        if (found >= 0) {
            while (found + 1 < sorted.length && sorted[found + 1] == value) {
                found++;     // several anchors at one index (before and after a drop): the last
            }
            return found;
        }
        return Math.max(0, -found - 2);
    }

    /** Records the pieces of a normalisation in order. */
    static final class Builder {
        private int[] normal = new int[16];
        private int[] original = new int[16];
        private int anchors = 1;     // the first anchor: both texts start at 0
        private int normalAt;
        private int originalAt;

        /** {@code from} original chars became {@code to} normalised chars ({@code to <= from}). */
        void piece(int from, int to) {
            if (to > from) {
                throw new IllegalArgumentException("a normalisation may not lengthen text: " + from + " -> " + to);
            }
            normalAt += to;
            originalAt += from;
            if (to != from) {
                anchor();
            }
        }

        /** {@code count} original chars were dropped; an anchor before them marks where a stretch before ends. */
        void skip(int count) {
            anchor();
            piece(count, 0);
        }

        private void anchor() {
            if (anchors == normal.length) {
                normal = Arrays.copyOf(normal, anchors * 2);
                original = Arrays.copyOf(original, anchors * 2);
            }
            normal[anchors] = normalAt;
            original[anchors] = originalAt;
            anchors++;
        }

        OffsetMap build() {
            return new OffsetMap(Arrays.copyOf(normal, anchors), Arrays.copyOf(original, anchors));
        }
    }
}
