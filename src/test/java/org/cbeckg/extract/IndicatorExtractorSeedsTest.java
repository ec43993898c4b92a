package org.cbeckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.cbeckg.TestArticles;
import org.cbeckg.article.Article;
import org.cbeckg.model.IndicatorFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The extractor on the five seed articles, against the figures an annotator reads in them. */
class IndicatorExtractorSeedsTest {

    private static final IndicatorExtractor EXTRACTOR = new IndicatorExtractor();

    private static List<IndicatorFact> facts(String seed) {
        Article a = TestArticles.seed(seed);
        return EXTRACTOR.extract(a, HandUpstream.of(a, "高峰", "盛秋平", "王令浚"));
    }

    @ParameterizedTest(name = "{0}: {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            000 | 132 | count | exact | as_of_2022-04-21 | 中国 | 跨境电商综试区数量 | 全国跨境电商综试区已达132个
            000 | 105 | count | exact | - | 中国 | 前五批跨境电商综试区数量 | 全国前五批105个跨境电商综试区
            000 | 1980000000000 | CNY | exact | 2021 | 中国 | 跨境电商进出口额 | 2021年跨境电商进出口1.98万亿元人民币
            000 | 15 | percent | exact | 2021 | 中国 | 跨境电商进出口额增速 | 增长15%
            000 | 434500000000 | CNY | exact | 2022-Q1 | 中国 | 跨境电商进出口额 | 规模达4345亿元
            000 | 70 | count | approx | - | 中国 | 复制推广成熟经验做法数量 | 各地积极复制推广近70项成熟经验做法
            000 | 16000000 | square_metre | more_than | as_of_2022-04-21 | 中国 | 海外仓面积 | 面积超过了1600万平方米
            000 | 41 | count | exact | as_of_2022-04-21 | 中国 | 综试区制定标准数量 | 各综试区已累计制定41项国家、行业等标准
            001 | 10 | times | approx | 2017/2021 | 中国 | 跨境电商进出口额增长倍数 | 我国跨境电子商务规模5年增长近10倍
            001 | 1980000000000 | CNY | exact | 2021 | 中国 | 跨境电商进出口额 | 2021年进出口额达到1.98万亿元人民币
            001 | 27 | count | exact | 2022 | 中国 | 新设跨境电商综试区数量 | 国务院批复同意在27个城市和地区新设跨境电商综试区
            001 | 132 | count | exact | as_of_2022-02-17 | 中国 | 跨境电商综试区数量 | 全国共设立跨境电商综试区132个
            002 | 27 | count | exact | 2022 | 中国 | 新设跨境电商综试区数量 | 鄂尔多斯等27个城市和地区
            002 | 12 | count | exact | as_of_2022-02-10 | 浙江省 | 跨境电商综试区数量 | 浙江共有12个综试区
            002 | 2 | count | exact | as_of_2022-02-10 | 金华市 | 跨境电商综试区数量 | 金华市有金华、义乌两个
            002 | 330290000000 | CNY | exact | 2021 | 浙江省 | 跨境电商进出口额 | 全省实现跨境电商进出口3302.9亿元
            002 | 0.1667 | ratio | approx | 2021 | 浙江省 | 跨境电商进出口占全国比重 | 规模约占全国六分之一
            002 | 243020000000 | CNY | exact | 2021 | 浙江省 | 跨境电商出口额 | 其中出口2430.2亿元
            002 | 39.3 | percent | exact | 2021 | 浙江省 | 跨境电商出口额增速 | 同比增长39.3%
            002 | 3.7 | times | exact | 2021 | 浙江省 | 跨境电商出口额增长倍数 | 通过海关跨境电商管理平台出口大幅增长3.7倍
            003 | 27 | count | exact | 2022 | 中国 | 新设跨境电商综试区数量 | 阿拉山口市等27个城市和地区
            003 | 132 | count | exact | as_of_2022-02-08 | 中国 | 跨境电商综试区数量 | 我国共有跨境电商综合试验区132个
            004 | 132 | count | exact | as_of_2022-05-20 | 中国 | 跨境电商综试区数量 | 国务院先后六批批准设立了132个跨境电商综试区
            004 | 31 | count | exact | as_of_2022-05-20 | 中国 | 跨境电商零售进口试点覆盖省区市数量 | 逐步将试点范围扩大到全国31个省区市
            004 | 23 | count | exact | as_of_2022-05-20 | 中国 | 签署电子商务合作备忘录国家数量 | 与23个国家签署电子商务合作备忘录
            004 | 10 | times | approx | 2017/2021 | 中国 | 跨境电商进出口额增长倍数 | 中国跨境电商进出口5年增长近10倍
            004 | 1920000000000 | CNY | exact | 2021 | 中国 | 跨境电商进出口额 | 去年规模达到1.92万亿
            004 | 30000 | count | more_than | as_of_2022-05-20 | 中国 | 综试区线上综合服务平台备案企业数量 | 在跨境电商综试区线上综合服务平台备案的企业已经超过3万家
            """)
    void findsTheAnnotatedFigure(String seed, String value, String unit, String qualifier, String period,
                                 String area, String measure, String quote) {
        IndicatorFact f = facts(seed).stream()
                .filter(x -> x.unit().code().equals(unit) && x.value().compareTo(new BigDecimal(value)) == 0)
                .filter(x -> x.evidence().exact().contains(quote) || quote.contains(x.evidence().exact()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + value + " " + unit + " in " + seed));
        assertEquals(qualifier, f.qualifier().code());
        assertEquals(period, f.period() == null ? null : f.period().code());
        assertEquals(area, f.area().name());
        assertEquals(measure, f.measureLabel());
    }

    @ParameterizedTest(name = "{0} has {1} indicators")
    @CsvSource({"000, 10", "001, 5", "002, 10", "003, 2", "004, 9"})
    void findsNoExtraFigures(String seed, int count) {
        assertEquals(count, facts(seed).size(), () -> facts(seed).toString());
    }

    @Test
    void speakerIsTheOfficialWhoseSpeechCarriesTheFigure() {
        assertTrue(facts("000").stream().allMatch(f -> f.speaker() != null && f.speaker().name().equals("高峰")));
        assertTrue(facts("002").stream().allMatch(f -> f.speaker() == null));
    }

    @Test
    void questionCopyOfTheApprovalIsDropped() {
        assertEquals(1, facts("001").stream().filter(f -> f.value().intValue() == 27).count());
    }
}
