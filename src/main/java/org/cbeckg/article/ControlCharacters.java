package org.cbeckg.article;

/**
 * Removes the characters that are not text: C0 and C1 controls (tab, line feed and carriage return excepted) and the
 * non-characters U+FFFE and U+FFFF. XML 1.0 cannot carry them at all, so one NUL in an article breaks every SPARQL
 * XML result that includes its text, and they mean nothing to a reader. Done on the whole decoded file, before the
 * text is derived, so the stored text and the offsets into it never contain them. Vertical tab and form feed become
 * a space, as a browser shows them.
 */
final class ControlCharacters {

    /** The text without control characters, how many were removed, and the first one with its line. */
    record Stripped(String text, int removed, int first, int firstLine) {

        /** A line for the ingest report, or null when nothing was removed. */
        String warning() {
            return removed == 0 ? null : String.format("removed %d control character(s), the first U+%04X on line %d:"
                    + " they are not text, and XML results cannot carry them", removed, first, firstLine);
        }
    }

    private ControlCharacters() {
    }

    static Stripped strip(String s) {
        StringBuilder sb = null;
        int removed = 0;
        int first = -1;
        int firstLine = -1;
        int line = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (!isControl(c)) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
                first = c;
                firstLine = line;
            }
            removed++;
            if (c == '\u000B' || c == '\u000C') {
                sb.append(' ');
            }
        }
        return new Stripped(sb == null ? s : sb.toString(), removed, first, firstLine);
    }

    static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F || c == '\uFFFE'
                || c == '\uFFFF';
    }
}
