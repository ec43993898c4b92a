package org.cbeckg.lang.text;

/**
 * A sentence or clause: chars {@code [start, end)} of the article text, punctuation excluded.
 *
 * <pre>{@code
 * new TextPiece(0, 2).of("近日，国务院"); // 近日
 * }</pre>
 */
public record TextPiece(int start, int end) {
    public TextPiece {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad piece [" + start + ", " + end + ")");
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    public boolean contains(int index) {
        return start <= index && index < end;
    }

    public boolean covers(int from, int to) {
        return start <= from && to <= end;
    }
}
