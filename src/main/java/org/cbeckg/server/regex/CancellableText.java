package org.cbeckg.server.regex;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;

/**
 * A string whose reads check its query's cancel flag. ARQ checks that flag only between rows, and
 * {@code java.util.regex} never returns to ARQ while it backtracks: {@code ^(.+)+X$} over a long text runs for hours
 * inside one row. But a backtracking matcher reads the text at every step, so checking the flag on every few
 * thousandth read stops the match within microseconds of the timeout, whatever the pattern.
 *
 * <pre>{@code pattern.matcher(new CancellableText(text, cancel)).find();}</pre>
 *
 * One instance serves one match on one thread.
 */
final class CancellableText implements CharSequence {

    /** Reads between two looks at the flag: a power of two, small enough to react within microseconds. */
    private static final int CHECK_MASK = (1 << 12) - 1;

    private final String text;
    private final AtomicBoolean cancel;
    private int reads;

    CancellableText(String text, AtomicBoolean cancel) {
        this.text = text;
        this.cancel = cancel;
    }

    @Override
    public char charAt(int index) {
        if ((++reads & CHECK_MASK) == 0 && cancel.get()) {
            throw new QueryCancelledException();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    /** Used for groups and replacement text, not for matching: a plain string will do. */
    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
