package org.cbeckg.server.audit;

/**
 * The little HTML the audit pages need: escaping (every string from an article or the store goes through
 * {@link #text}) and a page frame. No template engine: two pages do not justify one.
 */
final class Html {

    private static final String STYLE = "body{font-family:sans-serif;max-width:72em;margin:1em auto;padding:0 1em}"
            + "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.2em .5em;"
            + "text-align:left;vertical-align:top}.ok{color:#060}.mismatch{color:#fff;background:#b00;"
            + "font-weight:bold}.best{font-weight:bold}code{font-size:.9em}";

    private Html() {
    }

    /** Escapes text for element content and double-quoted attributes. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A link to an IRI, showing the IRI. */
    static String link(String iri) {
        return "<a href=\"" + text(iri) + "\"><code>" + text(iri) + "</code></a>";
    }

    /** A whole page; {@code title} is escaped here, {@code body} must already be safe HTML. */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>" + text(title)
                + "</title><style>" + STYLE + "</style></head><body>\n<h1>" + text(title) + "</h1>\n" + body
                + "\n</body></html>\n";
    }
}
