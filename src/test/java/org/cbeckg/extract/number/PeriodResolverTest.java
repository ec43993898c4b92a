package org.cbeckg.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.cbeckg.lang.number.Quantity;
import org.cbeckg.lang.number.QuantityGrammar;
import org.cbeckg.model.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodResolverTest {

    /** Resolves the period of {@code figure} (its surface form) in {@code sentence} published on {@code date}. */
    private static String periodOf(String date, String sentence, String figure, Period previous) {
        LocalDate published = LocalDate.parse(date);
        Quantity q = QuantityGrammar.scan(sentence).stream().filter(x -> x.surfaceForm().equals(figure))
                .findFirst().orElseThrow(() -> new AssertionError("no " + figure + " in " + sentence));
        int at = sentence.offsetByCodePoints(0, q.span().start());
        Period p = new PeriodResolver(published)
                .resolve(new TimeCues(published).scan(sentence), at, previous, q.perfective());
        return p == null ? "null" : p.code();
    }

    @ParameterizedTest(name = "{1} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-04-21 | 2021年跨境电商进出口1.98万亿元人民币，增长15%                  | 1.98万亿元人民币 | 2021
            2022-04-21 | 今年一季度继续保持增长，规模达4345亿元                           | 4345亿元     | 2022-Q1
            2024-06-20 | 今年前5个月，全省跨境电商进出口1000亿元                          | 1000亿元     | 2024-01/2024-05
            2024-06-20 | 1—5月，全省出口800亿元                                           | 800亿元      | 2024-01/2024-05
            2024-08-01 | 上半年，全市跨境电商交易额增长20%                                | 20%          | 2024-H1
            2023-10-20 | 前三季度，全省进出口达到3万亿元                                  | 3万亿元      | 2023-01/2023-09
            2023-03-02 | 去年，全省跨境电商进出口3000亿元                                 | 3000亿元     | 2022
            2023-03-02 | 上年全省出口1000亿元                                             | 1000亿元     | 2022
            2023-03-02 | 二〇二二年，全市跨境电商交易额达500亿元                          | 500亿元      | 2022
            2022-06-01 | 2022年3月，全省跨境电商出口120亿元                               | 120亿元      | 2022-03
            2024-02-05 | 一季度，全省出口增长5%                                           | 5%           | 2023-Q1
            2023-01-10 | 2017年至2021年，跨境电商进出口增长10倍                           | 10倍         | 2017/2021
            2022-02-17 | 自2017年以来，我国跨境电子商务规模5年增长近10倍                  | 10倍         | 2017/2021
            2022-05-20 | 中国跨境电商进出口5年增长近10倍，去年规模达到1.92万亿            | 10倍         | 2017/2021
            2022-05-20 | 中国跨境电商进出口5年增长近10倍，去年规模达到1.92万亿            | 1.92万亿     | 2021
            2023-05-20 | 近十年来，全省跨境电商规模增长20倍                               | 20倍         | 2013/2022
            2022-04-21 | 目前，全国跨境电商综试区已达132个                                | 132个        | as_of_2022-04-21
            2022-02-17 | 截至目前，全国共设立跨境电商综试区132个                          | 132个        | as_of_2022-02-17
            2022-04-21 | 各综试区已累计制定41项国家、行业等标准                           | 41项         | as_of_2022-04-21
            2022-04-21 | 2021年各综试区累计开展国内国际交流合作超过2000次                 | 2000次       | 2021
            2022-04-21 | 海外仓布局持续优化，数量超过了2000个                             | 2000个       | as_of_2022-04-21
            2022-04-21 | 商务部对全国前五批105个跨境电商综试区进行了综合评估              | 105个        | null
            2022-05-20 | 2018年，我国出台零售进口监管政策，并逐步将试点范围扩大到全国31个省区市 | 31个   | as_of_2022-05-20
            2022-05-20 | 从2015年至今，国务院先后六批批准设立了132个跨境电商综试区        | 132个        | as_of_2022-05-20
            2024-03-01 | 截至2023年底，全省共有海外仓300个                                | 300个        | as_of_2023-12-31
            2024-04-15 | 截至3月底，全省备案企业5000家                                    | 5000家       | as_of_2024-03-31
            2024-04-15 | 出口额比去年同期增长15%                                          | 15%          | null
            2022-02-10 | 据测算，2021年，全省实现跨境电商进出口3302.9亿元，其中出口2430.2亿元 | 2430.2亿元 | 2021
            2022-02-17 | 近日，国务院批复同意在27个城市和地区新设跨境电商综试区           | 27个         | 2022
            2022-04-21 | 4月21日，商务部表示出口增长5%                                    | 5%           | null
            2023-07-01 | 今年以来，全省新增跨境电商企业300家                              | 300家        | 2023-01/2023-07
            """)
    void resolvesRelativeToPublication(String date, String sentence, String figure, String expected) {
        assertEquals(expected, periodOf(date.strip(), sentence.strip(), figure.strip(), null));
    }

    @Test
    void samePeriodIsThePeriodStatedBefore() {
        assertEquals("2021", periodOf("2022-02-10", "同期，通过海关跨境电商管理平台出口大幅增长3.7倍", "3.7倍",
                Period.year(2021)));
    }

    @Test
    void withoutPublicationDateRelativePhrasesGiveNothing() {
        Period p = new PeriodResolver(null).resolve(new TimeCues(null).scan("今年一季度规模达4345亿元"), 8, null, false);
        assertEquals(null, p);
    }
}
