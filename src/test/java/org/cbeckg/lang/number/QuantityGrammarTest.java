package org.cbeckg.lang.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityGrammarTest {

    /** Each row: a sentence with exactly one figure, its value, unit code (or NONE) and qualifier code. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            进出口1.98万亿元人民币                 | 1980000000000 | CNY              | exact
            一季度规模达4345亿元                   | 434500000000  | CNY              | exact
            出口活跃网店达14.9万家                 | 149000        | count            | exact
            面积超过了1600万平方米                 | 16000000      | square_metre     | more_than
            企业已经超过3万家                      | 30000         | count            | more_than
            全市共有综试区132个                    | 132           | count            | exact
            去年规模达到1.92万亿                   | 1920000000000 | NONE             | exact
            利用外资3,302.9亿元                    | 330290000000  | CNY              | exact
            完成１２３家                           | 123           | count            | exact
            网店１４．５万家                       | 145000        | count            | exact
            同比增长15%                            | 15            | percent          | exact
            同比增长15.6％                         | 15.6          | percent          | exact
            同比下降3.5%                           | -3.5          | percent          | exact
            出口减少了12%                          | -12           | percent          | exact
            增速回落2.1个百分点                    | -2.1          | percentage_point | exact
            增长-4.2%                              | -4.2          | percent          | exact
            占比百分之十五                         | 15            | percent          | exact
            规模约占全国六分之一                   | 0.1667        | ratio            | approx
            超过三分之二的企业                     | 0.6667        | ratio            | more_than
            出口占比超三成                         | 0.3           | ratio            | more_than
            近七成卖家选择海外仓                   | 0.7           | ratio            | approx
            九成以上的订单                         | 0.9           | ratio            | more_than
            五年增长近10倍                         | 10            | times            | approx
            出口大幅增长3.7倍                      | 3.7           | times            | exact
            复制推广近70项成熟经验                 | 70            | count            | approx
            就业三十万人                           | 300000        | count            | exact
            建成一千六百万平方米仓储               | 16000000      | square_metre     | exact
            培育品牌一百三十二个                   | 132           | count            | exact
            有金华、义乌两个                       | 2             | count            | exact
            新增十二家企业                         | 12            | count            | exact
            设立十个综试区                         | 10            | count            | exact
            交易额约5000亿美元                     | 500000000000  | USD              | approx
            吸引2000多家企业                       | 2000          | count            | more_than
            网店约占全县商户的两成半               | 0.25          | ratio            | approx
            专业市场不足百家                       | 100           | count            | less_than
            全年开行中欧班列逾三百列               | 300           | count            | more_than
            服务3万余家企业                        | 30000         | count            | more_than
            投资1000多万元                         | 10000000      | CNY              | more_than
            带动就业100万人以上                    | 1000000       | count            | more_than
            货运量约500万吨左右                    | 5000000       | count            | approx
            不到10%的企业                          | 10            | percent          | less_than
            不少于50个项目                         | 50            | count            | at_least
            至少3家                                | 3             | count            | at_least
            园区中至少有12个                       | 12            | count            | at_least
            约占同期全省外贸进出口总值的8%         | 8             | percent          | approx
            各地已建成近5个                        | 5             | count            | approx
            逾200亿元                              | 20000000000   | CNY              | more_than
            突破1万亿元                            | 1000000000000 | CNY              | more_than
            不足1000万元                           | 10000000      | CNY              | less_than
            接近四成                               | 0.4           | ratio            | approx
            园区面积2.5平方公里                    | 2500000       | square_metre     | exact
            累计开展交流合作超过2000次             | 2000          | count            | more_than
            处理清单5.6亿单                        | 560000000     | count            | exact
            进口额同比增长10%—15%                  | 10            | percent          | at_least
            新设三至五个园区                       | 3             | count            | at_least
            投资3至5万元                           | 30000         | CNY              | at_least
            千分之五的差错率                       | 0.005         | ratio            | exact
            十二万亿元规模                         | 12000000000000 | CNY             | exact
            全省11市实现综试区全覆盖               | 11            | count            | exact
            平台入驻商家近千家                     | 1000          | count            | approx
            服务企业上万家                         | 10000         | count            | at_least
            两地价格相差上百倍                     | 100           | times            | at_least
            年交易额突破百亿元                     | 10000000000   | CNY              | more_than
            成本降低三分之一以上                   | 0.3333        | ratio            | more_than
            市场规模约为3.5万亿元                  | 3500000000000 | CNY              | approx
            """)
    void readsFigure(String text, String value, String unit, String qualifier) {
        List<Quantity> qs = QuantityGrammar.scan(text.strip());
        assertEquals(1, qs.size(), () -> "figures in " + text + ": " + qs);
        Quantity q = qs.get(0);
        assertEquals(0, new BigDecimal(value).compareTo(q.value()), () -> text + " → " + q.value());
        assertEquals(unit, q.unit() == null ? "NONE" : q.unit().code());
        assertEquals(qualifier, q.qualifier().code());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2021年跨境电商进出口快速增长
            4月21日，在商务部召开的例行新闻发布会上
            新华社北京2月8日电
            在世贸组织、G20、APEC等多边场合
            B2B直接出口
            国函〔2022〕8号
            第一个跨境电子商务综合试验区
            一是有效助力外贸保稳提质
            今年一季度继续保持增长
            今年前5个月外贸稳定
            自2017年以来5年增长
            2017—2021年外贸稳定
            数十家企业参展
            吸引数百家企业参展
            线上综合服务平台
            成交额达30亿欧元
            形成一系列成熟做法
            商品按10位HS编码归类
            十二位数的商品编码
            成为新的增长点
            """)
    void findsNoFigure(String text) {
        assertEquals(List.of(), QuantityGrammar.scan(text.strip()));
    }

    @Test
    void spanIsInCodePointsAndSurfaceKeepsTheUnitAsWritten() {
        Quantity q = QuantityGrammar.scan("𠀀数量超过了2000个").get(0);
        assertEquals("2000个", q.surfaceForm());
        assertEquals(6, q.span().start());
        assertTrue(q.perfective());
    }

    @Test
    void rangeKeepsItsUpperEnd() {
        Quantity q = QuantityGrammar.scan("增长10%—15%").get(0);
        assertEquals(0, new BigDecimal(15).compareTo(q.upper()));
        assertEquals(Trend.UP, q.trend());
    }

    @Test
    void readsSeveralFiguresInOrder() {
        List<Quantity> qs = QuantityGrammar.scan("全省实现跨境电商进出口3302.9亿元，同比增长30.7%，规模约占全国六分之一");
        assertEquals(List.of("3302.9亿元", "30.7%", "六分之一"), qs.stream().map(Quantity::surfaceForm).toList());
    }

    @Test
    void levelAfterFallToIsNotNegative() {
        Quantity q = QuantityGrammar.scan("增速回落至5%").get(0);
        assertEquals(0, BigDecimal.valueOf(5).compareTo(q.value()));
        assertEquals(Trend.NONE, q.trend());
    }
}
