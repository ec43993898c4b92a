package org.cbeckg.extract;

import static org.cbeckg.extract.IndicatorFixture.EXTRACTOR;
import static org.cbeckg.extract.IndicatorFixture.extract;
import static org.cbeckg.extract.IndicatorFixture.find;
import static org.cbeckg.extract.IndicatorFixture.period;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.cbeckg.TestArticles;
import org.cbeckg.article.Article;
import org.cbeckg.model.IndicatorFact;
import org.cbeckg.model.Unit;
import org.junit.jupiter.api.Test;

/** The area of a figure, on sentences written for these tests: subjects, 全国/我省, tables, speakers, batches. */
class IndicatorAreasTest {

    @Test
    void nationalCustomsFiguresAreChinaWide() {
        List<IndicatorFact> facts = extract(LocalDate.of(2024, 1, 12), new String[] {"吕大良"},
                "海关总署新闻发言人吕大良介绍，据初步测算，2023年我国跨境电商进出口2.38万亿元，增长15.6%。",
                "其中，出口1.83万亿元，增长19.6%；进口5483亿元，增长3.9%。");
        IndicatorFact imports = find(facts, "548300000000", Unit.CNY);
        assertEquals("跨境电商进口额", imports.measureLabel());
        assertEquals("2023", period(imports));
        assertEquals("中国", imports.area().name());
        assertEquals("吕大良", imports.speaker().name());
        assertEquals("跨境电商进口额增速", find(facts, "3.9", Unit.PERCENT).measureLabel());
        assertEquals("进口5483亿元", imports.evidence().exact());
        assertEquals(6, facts.size(), facts::toString);
    }

    @Test
    void aStateCouncilBatchIsNationalInACityStory() {
        List<IndicatorFact> facts = extract(LocalDate.of(2021, 9, 1), new String[] {},
                "8月31日，苏州市政府召开发布会。2016年1月，国务院批复同意在苏州、深圳等12个城市设立跨境电子商务综合试验区。");
        assertEquals("中国", find(facts, "12", Unit.COUNT).area().name());
    }

    @Test
    void emptyUpstreamFallsBackToChinaOrNull() {
        Article a = TestArticles.of(LocalDate.of(2023, 2, 1), "2022年，全省跨境电商进出口1500亿元，全国跨境电商进出口2.11万亿元。");
        List<IndicatorFact> facts = EXTRACTOR.extract(a, HandUpstream.empty(a));
        assertNull(find(facts, "150000000000", Unit.CNY).area());
        assertEquals("中国", find(facts, "2110000000000", Unit.CNY).area().name());
    }

    @Test
    void anOfficialWhoSpokeAboutHisCityGoesOnAboutItInHisNextParagraph() {
        List<IndicatorFact> facts = extract(LocalDate.of(2019, 3, 6), new String[] {"陈立新"},
                "苏州市商务局局长陈立新介绍，2018年，苏州市跨境电商交易额达到80亿元。截至目前，全市已有跨境电商企业600余家。",
                "“过去一年，我们主要抓了两件事。”陈立新说，一是建成公共服务平台，入驻企业达到300家；二是新建海外仓12个。",
                "据海关统计，2018年全国跨境电商进出口1347亿元。");
        assertEquals("苏州市", find(facts, "300", Unit.COUNT).area().name());
        assertEquals("苏州市", find(facts, "12", Unit.COUNT).area().name());
        assertEquals("中国", find(facts, "134700000000", Unit.CNY).area().name());
    }

    @Test
    void eachCityNamedAsSubjectIsTheAreaOfItsClauses() {
        List<IndicatorFact> facts = extract(LocalDate.of(2024, 3, 1), new String[] {},
                "分城市看，苏州综试区是全省首个获批的综试区，2023年完成跨境电商进出口520亿元，增长11.2%；"
                        + "扬州综试区跨境电商进出口增速达到35.6%，居全省首位。江苏13个设区市实现综试区全覆盖。",
                "国务院同意设立中国（镇江）跨境电子商务综合试验区。至此，综试区达到105个。");
        assertEquals("苏州市", find(facts, "52000000000", Unit.CNY).area().name());
        assertEquals("苏州市", find(facts, "11.2", Unit.PERCENT).area().name());
        assertEquals("扬州市", find(facts, "35.6", Unit.PERCENT).area().name());
        assertEquals("江苏省", find(facts, "13", Unit.COUNT).area().name());
        assertEquals("中国", find(facts, "105", Unit.COUNT).area().name());
    }

    @Test
    void tableCellsTakeTheirRowsPlaceAndTheCaptionsPeriod() {
        List<IndicatorFact> facts = extract(LocalDate.of(2024, 7, 30), new String[] {},
                "今年上半年，浙江跨境电商进出口保持增长。主要城市上半年跨境电商进出口情况如下：",
                "城市", "进出口额", "同比", "杭州", "620.5亿元", "增长12.1%", "宁波", "410.2亿元", "下降2.4%",
                "全省跨境电商企业已超过3万家。");
        IndicatorFact hangzhou = find(facts, "62050000000", Unit.CNY);
        assertEquals("杭州市", hangzhou.area().name());
        assertEquals("2024-H1", period(hangzhou));
        assertEquals("跨境电商进出口额", hangzhou.measureLabel());
        assertEquals("620.5亿元", hangzhou.evidence().exact());
        IndicatorFact fall = find(facts, "-2.4", Unit.PERCENT);
        assertEquals("宁波市", fall.area().name());
        assertEquals("2024-H1", period(fall));
        assertEquals("跨境电商进出口额增速", fall.measureLabel());
        assertEquals("as_of_2024-07-30", period(find(facts, "30000", Unit.COUNT)));
    }

    @Test
    void ourProvinceAndOurRegionAreTheProvinceInContext() {
        List<IndicatorFact> facts = extract(LocalDate.of(2022, 3, 3), new String[] {},
                "四川省商务厅介绍，2021年全省跨境电商交易额增长30%。", "目前，我省已有8个跨境电商综试区。");
        assertEquals("四川省", find(facts, "8", Unit.COUNT).area().name());
    }
}
