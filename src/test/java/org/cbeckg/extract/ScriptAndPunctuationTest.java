package org.cbeckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.cbeckg.TestArticles;
import org.cbeckg.article.Article;
import org.cbeckg.article.Span;
import org.cbeckg.model.Extraction;
import org.cbeckg.model.Fact;
import org.cbeckg.model.IndicatorFact;
import org.cbeckg.model.Qualifier;
import org.cbeckg.model.Unit;
import org.junit.jupiter.api.Test;

/**
 * Articles in traditional script and with ASCII punctuation read as their simplified, full-width twins do: the same
 * facts, with canonical (simplified) names, while every quote is the article's own text at its own offsets.
 */
class ScriptAndPunctuationTest {

    private static final ExtractionPipeline PIPELINE = StandardPipeline.create();
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 4, 21);

    private static final Article TRADITIONAL = TestArticles.of(PUBLISHED,
            "4月21日，在商務部召開的例行新聞發布會上，商務部新聞發言人高峰表示，目前全國跨境電商綜試區已達132個。",
            "2021年跨境電商進出口1.98萬億元人民幣，增長15%。海外倉數量已超過2000個，面積超1600萬平方米。");

    private static final Article ASCII = TestArticles.of(PUBLISHED,
            "中国(烟台)跨境电子商务综合试验区建设成效显著:2021年,烟台市跨境电商进出口1,234.5亿元,同比增长20%;"
                    + "全市跨境电商企业超过1,200家。");

    private static IndicatorFact figure(Extraction e, String value, Unit unit) {
        return e.indicators().stream().filter(f -> f.unit() == unit && f.value().compareTo(new BigDecimal(value)) == 0)
                .findFirst().orElseThrow(() -> new AssertionError("no " + value + " " + unit + " in "
                        + e.indicators()));
    }

    /** Every fact's quote is the stored text at its offsets. */
    private static void quotesAreTheOriginal(Article a, List<? extends Fact> facts) {
        for (Fact f : facts) {
            Span s = f.evidence();
            assertEquals(s.exact(), a.body().slice(s.start(), s.end()), f.toString());
        }
    }

    @Test
    void traditionalFiguresAreRead() {
        Extraction e = PIPELINE.run(TRADITIONAL);
        IndicatorFact trade = figure(e, "1980000000000", Unit.CNY);
        assertEquals("跨境电商进出口额", trade.measureLabel());
        assertEquals("2021", trade.period().code());
        assertEquals("1.98萬億元人民幣", trade.surfaceForm(), "the figure as the article writes it");
        assertEquals(Qualifier.MORE_THAN, figure(e, "2000", Unit.COUNT).qualifier(), "超過");
        assertEquals("as_of_2022-04-21", figure(e, "132", Unit.COUNT).period().code(), "132個");
        figure(e, "16000000", Unit.SQUARE_METRE);
    }

    @Test
    void traditionalQuotesStayTraditional() {
        Extraction e = PIPELINE.run(TRADITIONAL);
        assertEquals("2021年跨境電商進出口1.98萬億元人民幣", figure(e, "1980000000000", Unit.CNY).evidence().exact());
        quotesAreTheOriginal(TRADITIONAL, e.all());
    }

    @Test
    void traditionalNamesAreCanonical() {
        Extraction e = PIPELINE.run(TRADITIONAL);
        assertTrue(e.organizations().stream().anyMatch(o -> o.organization().name().equals("商务部")
                && o.evidence().exact().equals("商務部")), e.organizations().toString());
        assertEquals("新闻发言人", e.persons().get(0).post());
        assertEquals("例行新闻发布会", e.events().get(0).label());
        assertEquals(PUBLISHED.toString(), e.events().get(0).date().toString());
    }

    @Test
    void aZoneNamedWithAsciiBracketsIsAZone() {
        Extraction e = PIPELINE.run(ASCII);
        assertTrue(e.zones().stream().anyMatch(z -> z.city().name().equals("烟台市")), e.zones().toString());
    }

    @Test
    void asciiCommasSplitClausesButNotNumbers() {
        Extraction e = PIPELINE.run(ASCII);
        IndicatorFact trade = figure(e, "123450000000", Unit.CNY);
        assertEquals("烟台市", trade.area().name());
        assertEquals("2021", trade.period().code());
        assertEquals("烟台市跨境电商进出口1,234.5亿元", trade.evidence().exact(), "the clause ends at the ASCII comma");
        assertEquals(Qualifier.MORE_THAN, figure(e, "1200", Unit.COUNT).qualifier());
        assertEquals("同比", figure(e, "20", Unit.PERCENT).growthBase());
        quotesAreTheOriginal(ASCII, e.all());
    }
}
