package org.cbeckg;

/**
 * The one unchecked root of every error CBEC-KG raises on purpose. It names the source (usually the article's file
 * name) and, where known, the code-point offset in its text, so a message always says where to look.
 */
public class CbecKgException extends RuntimeException {
    private final String source;
    private final int offset;

    public CbecKgException(String source, String message) {
        this(source, -1, message, null);
    }

    public CbecKgException(String source, String message, Throwable cause) {
        this(source, -1, message, cause);
    }

    public CbecKgException(String source, int offset, String message, Throwable cause) {
        super(format(source, offset, message), cause);
        this.source = source;
        this.offset = offset;
    }

    private static String format(String source, int offset, String message) {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source);
            if (offset >= 0) {
                sb.append('@').append(offset);
            }
            sb.append(": ");
        }
        return sb.append(message).toString();
    }

    /** The file or resource the error is about, or null. */
    public String source() {
        return source;
    }

    /** Code-point offset in the article text, or -1 when the error is not about one place. */
    public int offset() {
        return offset;
    }
}
