package org.cbeckg.article;

import java.util.Objects;

/**
 * A stretch of an article's plain text: {@code text.substring} by <em>code points</em> {@code [start, end)} is
 * exactly {@code exact}. Code points, not UTF-16 chars, so offsets agree with Web Annotation selectors and with
 * any language that counts characters properly.
 */
public record Span(int start, int end, String exact) implements Comparable<Span> {
    public Span {
        Objects.requireNonNull(exact, "exact");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (exact.codePointCount(0, exact.length()) != end - start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") does not fit '" + exact + "'");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }
}
