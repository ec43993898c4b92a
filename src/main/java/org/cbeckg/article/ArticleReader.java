package org.cbeckg.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads an article file: a {@code ---} delimited front matter, then an HTML body.
 *
 * <pre>{@code Article a = ArticleReader.read(Path.of("seeds/000_b9f07a632cdddd63.txt"));}</pre>
 *
 * Throws {@link ArticleFormatException} naming the file and the reason when the file is not an article at all
 * (larger than the size limit, binary, not UTF-8, no front matter or one never closed, no body text). What is read
 * but not as written (a missing title, a date that is no date or has the wrong weekday, control characters removed)
 * is listed in {@link Article#warnings()}.
 */
public final class ArticleReader {

    /** Larger files are refused before they are read: news articles are tens of kilobytes. */
    public static final long DEFAULT_MAX_BYTES = 5L << 20;

    private ArticleReader() {
    }

    public static Article read(Path file) {
        return read(file, DEFAULT_MAX_BYTES);
    }

    /** Reads a file of at most {@code maxBytes} bytes; a larger one is refused without being read. */
    public static Article read(Path file, long maxBytes) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            requireSize(name, Files.size(file), maxBytes);
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ArticleFormatException(name, "cannot read file: " + e.getMessage(), e);
        }
        return read(name, bytes, maxBytes);
    }

    public static Article read(String fileName, byte[] bytes) {
        return read(fileName, bytes, DEFAULT_MAX_BYTES);
    }

    public static Article read(String fileName, byte[] bytes, long maxBytes) {
        requireSize(fileName, bytes.length, maxBytes);
        if (bytes.length == 0) {
            throw new ArticleFormatException(fileName, "empty file");
        }
        List<String> warnings = new ArrayList<>();
        ControlCharacters.Stripped content = ControlCharacters.strip(Utf8Decoding.decode(fileName, bytes));
        if (content.removed() > 0) {
            warnings.add(content.warning());
        }
        List<String> lines = content.text().lines().toList();
        int open = frontMatterStart(fileName, lines);
        int close = frontMatterEnd(fileName, lines, open);
        FrontMatter fm = FrontMatter.parse(lines.subList(open + 1, close));
        String html = String.join("\n", lines.subList(close + 1, lines.size()));
        ArticleText body = bodyText(html, warnings);
        if (body.text().isEmpty()) {
            throw new ArticleFormatException(fileName, "no body text after the front matter (line " + (close + 1)
                    + "): no paragraph has visible text");
        }
        String title = fm.get("title").orElse(null);
        if (title == null) {
            warnings.add("no title");
        }
        OffsetDateTime published = fm.get("date").map(d -> DateField.parse(d, warnings)).orElse(null);
        if (fm.get("date").isEmpty()) {
            warnings.add("no date");
        }
        List<String> images = new ArrayList<>();
        fm.get("headimg").ifPresent(images::add);
        fm.get("thumbnail").filter(t -> !images.contains(t)).ifPresent(images::add);
        return new Article(fileName, sha256(bytes), title, fm.list("categories"), fm.get("author").orElse(null),
                published, images, body, warnings);
    }

    /**
     * The visible text of the body. Character references ({@code &#0;}, {@code &#x1B;}) decode to control characters
     * after the file's own were removed, so the paragraphs are cleaned again, before offsets are counted in them.
     */
    private static ArticleText bodyText(String html, List<String> warnings) {
        List<String> paragraphs = new ArrayList<>();
        int removed = 0;
        for (String p : HtmlBodyText.paragraphs(html)) {
            ControlCharacters.Stripped clean = ControlCharacters.strip(p);
            removed += clean.removed();
            paragraphs.add(clean.text());
        }
        if (removed > 0) {
            warnings.add("removed " + removed + " control character(s) written as character references (&#…;) in "
                    + "the body: they are not text, and XML results cannot carry them");
        }
        return ArticleText.ofParagraphs(paragraphs);
    }

    private static void requireSize(String fileName, long size, long maxBytes) {
        if (size > maxBytes) {
            throw new ArticleFormatException(fileName, String.format("too large: %,d bytes, over the limit of %,d "
                    + "(--max-article-size): an article is tens of kilobytes", size, maxBytes));
        }
    }

    /** The line that opens the front matter: the first that is not blank must be {@code ---}. */
    private static int frontMatterStart(String fileName, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            if (lines.get(i).strip().equals("---")) {
                return i;
            }
            throw new ArticleFormatException(fileName, "no front matter: the file must start with a '---' line, "
                    + "but line " + (i + 1) + " is '" + shorten(lines.get(i).strip()) + "'");
        }
        throw new ArticleFormatException(fileName, "no front matter: the file has only blank lines");
    }

    private static int frontMatterEnd(String fileName, List<String> lines, int open) {
        for (int i = open + 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                return i;
            }
        }
        throw new ArticleFormatException(fileName, "unterminated front matter: the '---' on line " + (open + 1)
                + " is never closed by a second '---' line");
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
