package org.cbeckg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.cbeckg.TestArticles;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

    @Test
    void readsFrontMatterOfSeed() {
        Article a = TestArticles.seed("000");
        assertEquals("商务部：海外仓数量已超2000个，面积超1600万平方米", a.title());
        assertEquals("新浪财经", a.author());
        assertEquals(LocalDate.of(2022, 4, 21), a.publishedDate().orElseThrow());
        assertEquals(3, a.categories().size());
        assertEquals("000_b9f07a632cdddd63", a.key());
        assertEquals(64, a.sha256().length());
    }

    @Test
    void keepsBylineEditorLinesAndDropsFurniture() {
        String text = TestArticles.seed("000").text();
        assertTrue(text.startsWith("澎湃新闻记者 周頔\n"), text);
        assertTrue(text.contains("责任编辑：李跃群 图片编辑：蒋立冬"));
        assertTrue(text.endsWith("责任编辑：吴剑 SF031"), text);
        assertFalse(text.contains("APP"));
        assertFalse(text.contains("appendQr"));
        assertFalse(text.contains("\u3000"));
    }

    @Test
    void joinsInlineMarkupInsideNumbersAndNames() {
        String text = TestArticles.seed("002").text();
        assertTrue(text.contains("国务院发布《关于同意在鄂尔多斯等27个城市和地区设立跨境电子商务综合试验区的批复》。金华市、舟山市获批"),
                text);
        assertTrue(text.contains("全省实现跨境电商进出口3302.9亿元，同比增长30.7%，规模约占全国六分之一"));
    }

    @Test
    void keepsImageCaptions() {
        assertTrue(TestArticles.seed("004").text().startsWith("发布会现场 澎湃新闻记者 周頔 摄\n"));
    }

    @Test
    void rejectsBinaryAndNonUtf8AndMissingParts() {
        assertThrows(ArticleFormatException.class, () -> ArticleReader.read("a.txt", new byte[] {0x2d, 0, 1, 2}));
        byte[] gbk = "---\ntitle: x\n---\n<p>\u4e2d</p>".getBytes(java.nio.charset.Charset.forName("GBK"));
        var e = assertThrows(ArticleFormatException.class, () -> ArticleReader.read("gbk.txt", gbk));
        assertTrue(e.getMessage().startsWith("gbk.txt: not UTF-8"), e.getMessage());
        assertThrows(ArticleFormatException.class, () -> ArticleReader.read("n.txt", utf8("<p>no front matter</p>")));
        assertThrows(ArticleFormatException.class,
                () -> ArticleReader.read("b.txt", utf8("---\ntitle: x\n---\n<div> </div>")));
        assertThrows(ArticleFormatException.class, () -> ArticleReader.read("e.txt", new byte[0]));
    }

    @Test
    void toleratesMissingFieldsAndBrokenMarkup() {
        Article a = ArticleReader.read("m.txt",
                utf8("\n---\ncategories:\n---\n<p>\u3000\u3000商务部<b>表示<p>规模达<font>4345</font>亿元"));
        assertEquals("", a.title());
        assertTrue(a.published() == null);
        assertEquals("商务部表示\n规模达4345亿元", a.text());
        assertTrue(a.warnings().contains("no date"));
    }

    @Test
    void slicesByCodePoints() {
        ArticleText t = ArticleText.ofParagraphs(java.util.List.of("𠮷野家开店超过2000家"));
        int from = t.text().indexOf("超过");
        Span s = t.spanOfChars(from, t.text().length());
        assertEquals(5, s.start()); // 𠮷 is one code point, two chars
        assertEquals("超过2000家", t.slice(s.start(), s.end()));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
