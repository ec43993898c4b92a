package org.cbeckg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The extractors' view of a text: what it reads, and that every span maps back to the text as stored. */
class TextNormaliserTest {

    private static NormalisedText view(String... paragraphs) {
        return ArticleText.ofParagraphs(List.of(paragraphs)).normalised();
    }

    /** The span of the view's first occurrence of {@code read}. */
    private static Span spanOf(NormalisedText v, String read) {
        int at = v.text().indexOf(read);
        assertTrue(at >= 0, read + " not in " + v.text());
        return v.spanOfChars(at, at + read.length());
    }

    @Test
    void traditionalScriptIsReadAsSimplified() {
        NormalisedText v = view("商務部表示，2021年跨境電商進出口達1.98萬億元，海外倉超過2000個。");
        assertTrue(v.isTraditional());
        assertEquals("商务部表示，2021年跨境电商进出口达1.98万亿元，海外仓超过2000个。", v.text());
    }

    @Test
    void quotesStayInTheArticlesOwnScript() {
        NormalisedText v = view("據海關統計，進出口超過1.98萬億元");
        Span s = spanOf(v, "进出口超过1.98万亿元");
        assertEquals("進出口超過1.98萬億元", s.exact());
        assertEquals(s.exact(), v.original().slice(s.start(), s.end()));
    }

    @Test
    void aPhraseWinsOverItsCharacters() {
        assertEquals("乾坤一掷，天干物燥", view("乾坤一擲，天乾物燥").text().substring(0, 9));
    }

    @Test
    void aSimplifiedArticleKeepsTheTraditionalCharactersOfItsNames() {
        NormalisedText v = view("商务部对外贸易司司长李兴乾介绍，澎湃新闻记者周頔报道。");
        assertFalse(v.isTraditional());
        assertTrue(v.text().contains("李兴乾") && v.text().contains("周頔"), v.text());
    }

    @Test
    void asciiClauseMarksReadAsFullWidth() {
        assertEquals("中国（烟台）跨境电子商务综合试验区：一是；二是！好吗？是，的", view("中国(烟台)跨境电子商务综合试验区:一是;二是!好吗?是,的")
                .text());
    }

    @Test
    void aColonBetweenDigitsIsATime() {
        assertEquals("10:30举行：会议", view("10:30举行:会议").text());
    }

    @Test
    void fullWidthDigitsAndLettersReadAsAscii() {
        assertEquals("2021年B2B出口12.5亿元，增长15%", view("２０２１年Ｂ２Ｂ出口１２．５亿元，增长１５％").text());
    }

    @Test
    void thousandsSeparatorsAreDroppedAndSpansStillFit() {
        NormalisedText v = view("进出口1,234.5亿元，企业12,000家，2021,2022年");
        assertEquals("进出口1234.5亿元，企业12000家，2021，2022年", v.text());
        Span figure = spanOf(v, "1234.5亿元");
        assertEquals("1,234.5亿元", figure.exact());
        assertEquals(new Span(3, 12, "1,234.5亿元"), figure);
        assertEquals("12,000家", spanOf(v, "12000家").exact());
        assertEquals("1", spanOf(v, "1234").exact().substring(0, 1));
    }

    @Test
    void aStretchEndingBeforeADroppedSeparatorDoesNotTakeItIn() {
        NormalisedText v = view("共1,234家");
        assertEquals("共1", v.spanOfChars(0, 2).exact());
        assertEquals("234家", v.spanOfChars(2, 6).exact());
    }

    @Test
    void fullWidthDigitsGroupedByAFullWidthComma() {
        assertEquals("出口超过1000亿元", view("出口超过１，０００亿元").text());
        assertEquals("2021，2022年", view("2021，2022年").text());
    }

    @Test
    void originalOffsetsMapToTheView() {
        ArticleText original = ArticleText.ofParagraphs(List.of("共1,234家，商務部"));
        NormalisedText v = original.normalised();
        int ministry = original.text().indexOf("商務部");
        assertEquals(v.text().indexOf("商务部"), v.charIndex(ministry));
        assertEquals(2, v.charIndex(2), "the dropped comma maps to the digit after it");
        assertEquals(v.text().length(), v.charIndex(original.length()));
    }

    @Test
    void codePointsOutsideTheBasicPlaneKeepTheirOffsets() {
        NormalisedText v = view("𠮷野家，進出口1,000億元");
        Span s = spanOf(v, "进出口1000亿元");
        assertEquals("進出口1,000億元", s.exact());
        assertEquals(4, s.start(), "code points: 𠮷 counts one");
    }

    @Test
    void paragraphsFollowTheView() {
        NormalisedText v = view("进出口1,234亿元", "第二段");
        assertEquals(new ArticleText.Paragraph(0, 9), v.paragraphs().get(0));
        assertEquals("第二段", v.text().substring(v.paragraphs().get(1).charStart()));
    }

    @Test
    void compatibilityIdeographsAndKangxiRadicalsFold() {
        assertEquals("金华", view("\u2FA6华").text());
        assertEquals("不", view("\uF967").text());
    }
}
