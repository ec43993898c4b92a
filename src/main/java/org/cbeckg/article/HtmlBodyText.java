package org.cbeckg.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an article's HTML body into the paragraphs a reader sees: text in document order, a break at every block
 * element, page furniture (scripts, styles, app/QR promotions, share bars, hidden elements) left out. Inline markup
 * inside numbers and names ({@code 1.98<font>万亿</font>}) joins up without spaces.
 */
public final class HtmlBodyText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "blockquote", "td", "th", "tr", "table", "section", "article", "header", "footer", "figure",
            "figcaption", "pre", "dd", "dt", "dl", "br", "hr", "center", "address", "main", "aside", "caption");

    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "iframe",
            "object", "embed", "svg", "canvas", "form", "button", "input", "select", "textarea", "head", "title",
            "meta", "link", "audio", "video", "map");

    /** Class or id of containers that are page furniture rather than the article. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)appendqr|qrcode|qr[-_]code|share[-_]?(bar|box|btn|wrap)|app[-_]?(promo|download)|adlist|"
                    + "advert|recommend|related[-_]?news|hot[-_]?news|comment[-_]?(box|list)");

    /** Whole paragraphs that are promotion, not news: "…尽在XX APP", "扫码下载…", report links. */
    private static final Pattern PROMOTION = Pattern.compile(
            "^(.{0,30}(尽在|下载|扫码|扫描二维码|关注).{0,20}(APP|App|app|客户端|公众号)[。！!]?|举报/反馈|举报|反馈)$");

    /** A break in the HTML source between two CJK characters is not rendered as a space. */
    private static final Pattern SOURCE_BREAK = Pattern.compile("[ \\t\\u00A0\\u3000]*[\\r\\n]+[\\s\\u00A0\\u3000]*");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000\\u2002\\u2003\\u2009\\u200B]+");
    private static final char BREAK_MARK = '\uE000';

    private HtmlBodyText() {
    }

    /** The visible paragraphs of an HTML fragment, in order, each stripped; empty ones are dropped. */
    public static List<String> paragraphs(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        Collector collector = new Collector();
        NodeTraversor.traverse(collector, doc.body());
        collector.flush();
        return collector.paragraphs;
    }

    private static final class Collector implements NodeVisitor {
        final List<String> paragraphs = new ArrayList<>();
        final StringBuilder current = new StringBuilder();
        Node skipping;

        @Override
        public void head(Node node, int depth) {
            if (skipping != null) {
                return;
            }
            if (node instanceof Element el) {
                if (isHidden(el)) {
                    skipping = el;
                    return;
                }
                if (BLOCKS.contains(el.normalName())) {
                    flush();
                }
            } else if (node instanceof TextNode text) {
                current.append(SOURCE_BREAK.matcher(text.getWholeText()).replaceAll(String.valueOf(BREAK_MARK)));
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (skipping == node) {
                skipping = null;
                return;
            }
            if (skipping == null && node instanceof Element el && BLOCKS.contains(el.normalName())) {
                flush();
            }
        }

        void flush() {
            String p = clean(current);
            current.setLength(0);
            if (!p.isEmpty() && !PROMOTION.matcher(p).matches()) {
                paragraphs.add(p);
            }
        }
    }

    private static boolean isHidden(Element el) {
        if (INVISIBLE.contains(el.normalName()) || el.hasAttr("hidden")) {
            return true;
        }
        String style = el.attr("style").replace(" ", "").toLowerCase();
        if (style.contains("display:none") || style.contains("visibility:hidden")) {
            return true;
        }
        return FURNITURE.matcher(el.className() + " " + el.id()).find();
    }

    /** Source line breaks vanish between CJK characters and become one space elsewhere; runs of spaces fold. */
    static String clean(CharSequence raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != BREAK_MARK) {
                sb.append(c);
                continue;
            }
            char before = i > 0 ? raw.charAt(i - 1) : ' ';
            char after = i + 1 < raw.length() ? raw.charAt(i + 1) : ' ';
            if (!isCjk(before) && !isCjk(after)) {
                sb.append(' ');
            }
        }
        return SPACES.matcher(sb).replaceAll(" ").strip();
    }

    static boolean isCjk(char c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
                || Character.isSurrogate(c);
    }
}
