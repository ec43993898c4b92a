package org.cbeckg.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Reads an article file: a {@code ---} delimited front matter, then an HTML body.
 *
 * <pre>{@code Article a = ArticleReader.read(Path.of("seeds/000_b9f07a632cdddd63.txt"));}</pre>
 *
 * Throws {@link ArticleFormatException} naming the file and the reason when the file is not an article at all
 * (binary, not UTF-8, no front matter, no body text). Missing or unreadable fields are tolerated and listed in
 * {@link Article#warnings()}.
 */
public final class ArticleReader {

    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);

    private ArticleReader() {
    }

    public static Article read(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ArticleFormatException(name, "cannot read file: " + e.getMessage(), e);
        }
        return read(name, bytes);
    }

    public static Article read(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new ArticleFormatException(fileName, "empty file");
        }
        String content = decode(fileName, bytes);
        List<String> lines = content.lines().toList();
        int open = firstNonBlank(lines);
        if (open < 0 || !lines.get(open).strip().equals("---")) {
            throw new ArticleFormatException(fileName, "no front matter (the file must start with a '---' line)");
        }
        int close = -1;
        for (int i = open + 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new ArticleFormatException(fileName, "front matter is not closed by a second '---' line");
        }
        FrontMatter fm = FrontMatter.parse(lines.subList(open + 1, close));
        String html = String.join("\n", lines.subList(close + 1, lines.size()));
        ArticleText body = ArticleText.ofParagraphs(HtmlBodyText.paragraphs(html));
        if (body.text().isEmpty()) {
            throw new ArticleFormatException(fileName, "no body text after the front matter");
        }
        List<String> warnings = new ArrayList<>();
        String title = fm.get("title").orElse(null);
        if (title == null) {
            warnings.add("no title");
        }
        OffsetDateTime published = fm.get("date").map(d -> parseDate(d, warnings)).orElse(null);
        if (fm.get("date").isEmpty()) {
            warnings.add("no date");
        }
        List<String> images = new ArrayList<>();
        fm.get("headimg").ifPresent(images::add);
        fm.get("thumbnail").filter(t -> !images.contains(t)).ifPresent(images::add);
        return new Article(fileName, sha256(bytes), title, fm.list("categories"), fm.get("author").orElse(null),
                published, images, body, warnings);
    }

    private static String decode(String fileName, byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new ArticleFormatException(fileName, "binary file (NUL byte at offset " + i + ")");
            }
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new ArticleFormatException(fileName, "not UTF-8 text (" + e.getMessage() + ")", e);
        }
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** RFC 1123 as the feeds write it; ISO forms as a fallback (a bare local time is taken as Beijing time). */
    static OffsetDateTime parseDate(String value, List<String> warnings) {
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v, RFC_1123);
        } catch (DateTimeParseException ignored) {
            // try the ISO forms below
        }
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException ignored) {
            // next
        }
        try {
            LocalDateTime local = LocalDateTime.parse(v.replace(' ', 'T'));
            return local.atZone(Article.NEWSROOM_ZONE).toOffsetDateTime();
        } catch (DateTimeParseException ignored) {
            // next
        }
        try {
            return LocalDate.parse(v).atStartOfDay(Article.NEWSROOM_ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            warnings.add("unreadable date '" + v + "'");
            return null;
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
