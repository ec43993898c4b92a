package org.cbeckg.server;

import static org.cbeckg.server.Html.escape;

import java.util.List;

/**
 * The part of a page that lets a person check a figure: for each annotation, the quote, the article (title, file,
 * SHA-256), the extractor, the code-point offsets and whether they cut out exactly the quote, and the article text
 * with the quote highlighted. Text before, inside and after the quote is escaped separately, so the mark cannot be
 * broken by the text.
 */
final class EvidenceSection {

    /** Code points of text shown around a quote; the whole text is one click away. */
    static final int CONTEXT = 120;

    private final LocalLinks links;

    EvidenceSection(LocalLinks links) {
        this.links = links;
    }

    String render(List<EvidenceView> evidence) {
        if (evidence.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<h2>Evidence</h2>\n");
        evidence.forEach(e -> b.append(one(e)));
        return b.toString();
    }

    private String one(EvidenceView e) {
        StringBuilder b = new StringBuilder("<section class=\"evidence\">\n");
        b.append("<blockquote class=\"quote\">").append(escape(e.quote())).append("</blockquote>\n<dl>");
        if (e.article() != null) {
            String title = e.articleTitle() != null && !e.articleTitle().isEmpty() ? e.articleTitle() : e.article();
            b.append(row("Article", Html.link(links.href(e.article()), title)
                    + (e.fileName() != null ? " <code>" + escape(e.fileName()) + "</code>" : "")));
        }
        b.append(row("SHA-256", "<code class=\"sha256\">" + escape(e.sha256()) + "</code>"));
        if (e.extractor() != null) {
            b.append(row("Extractor", Html.link(links.href(e.extractor()),
                    e.extractorLabel() != null ? e.extractorLabel() : e.extractor())));
        }
        b.append(row("Offsets", offsets(e)));
        b.append(row("Annotation", Html.link(links.href(e.annotation()), ResourcePage.shortName(e.annotation()))));
        b.append("</dl>\n");
        if (e.hasOffsets()) {
            b.append("<div class=\"article-text context\">").append(highlighted(e, CONTEXT)).append("</div>\n")
                    .append("<details><summary>Whole article text</summary><div class=\"article-text\">")
                    .append(highlighted(e, Integer.MAX_VALUE)).append("</div></details>\n");
        }
        return b.append("</section>\n").toString();
    }

    /**
     * The quote marked inside at most {@code context} code points of text either side. Before, quote and after are
     * escaped one by one, so no text can break the mark.
     */
    static String highlighted(EvidenceView e, int context) {
        int from = (int) Math.max(0, (long) e.start() - context);
        int to = (int) Math.min(e.textLength(), (long) e.end() + context);
        return (from > 0 ? "…" : "") + escape(e.slice(from, e.start()))
                + "<mark>" + escape(e.slice(e.start(), e.end())) + "</mark>"
                + escape(e.slice(e.end(), to)) + (to < e.textLength() ? "…" : "");
    }

    private static String offsets(EvidenceView e) {
        if (e.start() == null || e.end() == null) {
            return "none recorded";
        }
        String range = "<span class=\"offsets\">[" + e.start() + ", " + e.end() + ")</span> code points";
        if (!e.hasOffsets()) {
            return range + " <strong class=\"bad\">outside the article text</strong>";
        }
        return range + (e.offsetsMatchQuote() ? " <span class=\"ok\">✓ cut out exactly the quote</span>"
                : " <strong class=\"bad\">✗ do not cut out the quote</strong>");
    }

    private static String row(String name, String html) {
        return "<dt>" + escape(name) + "</dt><dd>" + html + "</dd>";
    }
}
