package org.cbeckg.article;

import java.util.Arrays;

/**
 * Converts between char indices and code-point offsets of one string in O(log n), so that a long article's spans
 * cost no more per span than a short one's. Keeps only where the surrogate pairs are: a text of Chinese and ASCII
 * has none, and the index is then empty.
 *
 * <pre>{@code
 * CodePointIndex ix = CodePointIndex.of(text);
 * int cp = ix.codePointOffset(charIndex);
 * int ch = ix.charIndex(cp);
 * }</pre>
 */
final class CodePointIndex {

    /** Char index of the high surrogate of each pair, ascending. */
    private final int[] pairs;
    /** Code-point offset of each pair: {@code pairs[k] - k}, ascending. */
    private final int[] pairOffsets;

    private CodePointIndex(int[] pairs) {
        this.pairs = pairs;
        this.pairOffsets = new int[pairs.length];
        for (int k = 0; k < pairs.length; k++) {
            pairOffsets[k] = pairs[k] - k;
        }
    }

    static CodePointIndex of(String text) {
        int[] found = new int[8];
        int n = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                found = n == found.length ? Arrays.copyOf(found, n * 2) : found;
                found[n++] = i++;
            }
        }
        return new CodePointIndex(Arrays.copyOf(found, n));
    }

    /** The code-point offset of a char index (one inside a pair counts as the pair's end). */
    int codePointOffset(int charIndex) {
        return charIndex - pairsBefore(pairs, charIndex);
    }

    /** The char index of a code-point offset. */
    int charIndex(int codePointOffset) {
        return codePointOffset + pairsBefore(pairOffsets, codePointOffset);
    }

    /** How many of the ascending {@code starts} are below {@code limit}. */
    private static int pairsBefore(int[] starts, int limit) {
        int found = Arrays.binarySearch(starts, limit);
        return found >= 0 ? found : -found - 1;
    }
}
