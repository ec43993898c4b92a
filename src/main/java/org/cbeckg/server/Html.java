package org.cbeckg.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The only way text reaches a page: every string from the store (article text, quotes, labels, IRIs) goes through
 * {@link #escape}, so an article containing {@code <script>} shows as text. Markup is written by this code alone.
 */
public final class Html {

    private Html() {
    }

    /** Escapes the five characters that can end a text node or an attribute value. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public static String link(String href, String text) {
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    public static String urlParam(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A whole page: shared header, the title, then {@code body} (already markup). */
    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " · CBEC-KG</title>"
                + "<link rel=\"stylesheet\" href=\"/ui/site.css\"></head>"
                + "<body><header><a class=\"home\" href=\"/\">CBEC-KG</a> <nav>"
                + "<a href=\"" + ServerPaths.UI + "\">SPARQL query</a> <a href=\"" + ServerPaths.VOID + "\">VoID</a> "
                + "<a href=\"" + ServerPaths.CONFLICTS + "\">Conflicts</a> "
                + "<a href=\"" + ServerPaths.DUMPS + "\">Dumps</a></nav>"
                + "<form action=\"" + ServerPaths.SEARCH + "\"><input name=\"q\" placeholder=\"全文检索 search\">"
                + "<button>Search</button></form></header><main>\n" + body + "\n</main></body></html>\n";
    }
}
