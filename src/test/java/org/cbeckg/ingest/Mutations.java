package org.cbeckg.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Ways to damage an article file's bytes, as disks, tools and careless editors do: flipped bits and bytes, a cut
 * anywhere (also inside a character), control characters, a broken front matter, a huge line, deep or unclosed
 * markup, another encoding. One seeded {@link Random} drives them, so a failure reproduces from its case number.
 */
final class Mutations {

    private static final String[] CONTROLS = {"\u0000", "\u0001", "\u0007", "\u000B", "\u000C", "\u001B", "\u007F",
        "\u0085", "\u009F", "\uFFFE", "\uFFFF", "\r"};
    private static final String[] MARKUP = {"<div>", "</div>", "<p>", "</p>", "<b>", "<script>", "</script>",
        "<style>", "<!--", "-->", "<![CDATA[", "&#0;", "&#x1F;", "&nbsp;", "<table><tr><td>", "<br/>", "<", ">"};

    private final Random random;

    Mutations(long seed) {
        this.random = new Random(seed);
    }

    /** One to four damages of random kinds. */
    byte[] mutate(byte[] original) {
        byte[] b = original;
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n && b.length > 0; i++) {
            b = once(b);
        }
        return b;
    }

    private byte[] once(byte[] b) {
        return switch (random.nextInt(10)) {
            case 0 -> flipBit(b);
            case 1 -> setByte(b);
            case 2 -> truncate(b);
            case 3 -> insert(b, CONTROLS[random.nextInt(CONTROLS.length)].repeat(1 + random.nextInt(3)));
            case 4 -> breakFrontMatter(b);
            case 5 -> insert(b, hugeLine());
            case 6 -> insert(b, MARKUP[random.nextInt(MARKUP.length)].repeat(1 + random.nextInt(random.nextBoolean()
                    ? 3 : 3000)));
            case 7 -> reencode(b, random.nextBoolean() ? Charset.forName("GBK") : StandardCharsets.UTF_16LE);
            case 8 -> changeDate(b);
            default -> duplicate(b);
        };
    }

    private byte[] flipBit(byte[] b) {
        byte[] c = b.clone();
        c[random.nextInt(c.length)] ^= (byte) (1 << random.nextInt(8));
        return c;
    }

    private byte[] setByte(byte[] b) {
        byte[] c = b.clone();
        c[random.nextInt(c.length)] = (byte) random.nextInt(256);
        return c;
    }

    private byte[] truncate(byte[] b) {
        return java.util.Arrays.copyOf(b, random.nextInt(b.length));
    }

    private byte[] insert(byte[] b, String s) {
        int at = random.nextInt(b.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + s.length() * 3);
        out.write(b, 0, at);
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    private byte[] breakFrontMatter(byte[] b) {
        String s = new String(b, StandardCharsets.UTF_8);
        String broken = switch (random.nextInt(5)) {
            case 0 -> s.replaceFirst("---", "");
            case 1 -> s.replaceFirst("\n---\n", "\n");
            case 2 -> s.replaceFirst("---", "--");
            case 3 -> "\uFEFF" + s.replace("\n", "\r\n");
            default -> s.replaceFirst("\ntitle:[^\n]*", "\ntitle: '" + "未闭合".repeat(20));
        };
        return broken.getBytes(StandardCharsets.UTF_8);
    }

    /** Up to 150 kB on one line: stresses the reader's line and paragraph handling. */
    private String hugeLine() {
        String unit = random.nextBoolean() ? "跨境电商综试区" : "1.98万亿元，";
        return unit.repeat(1 + random.nextInt(20_000));
    }

    private byte[] reencode(byte[] b, Charset charset) {
        return new String(b, StandardCharsets.UTF_8).getBytes(charset);
    }

    private byte[] changeDate(byte[] b) {
        String[] dates = {"yesterday afternoon", "Fri, 21 Apr 2022 08:09:11 GMT", "2022-13-45", "", "Thu, 31 Feb 2022",
            "2022-04-21T25:00", "\u0000", "'2022-04-21'"};
        return new String(b, StandardCharsets.UTF_8).replaceFirst("\ndate:[^\n]*", "\ndate: "
                + dates[random.nextInt(dates.length)].replace("$", "")).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] duplicate(byte[] b) {
        int from = random.nextInt(b.length);
        int len = Math.min(b.length - from, 1 + random.nextInt(2000));
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + len);
        out.write(b, 0, from + len);
        out.write(b, from, b.length - from);
        return out.toByteArray();
    }
}
