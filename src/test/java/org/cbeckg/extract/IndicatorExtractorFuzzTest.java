package org.cbeckg.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.time.LocalDate;
import java.util.Random;

import org.cbeckg.TestArticles;
import org.cbeckg.article.Article;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Random figure-like text must never make the extractor throw: a bad article costs its facts, not the run. */
class IndicatorExtractorFuzzTest {

    private static final String[] PIECES = {"1", "2", "0", "3.5", "１２", "，", "。", "、", "—", "-", "%", "％", "一", "二",
        "两", "十", "百", "千", "万", "亿", "〇", "零", "点", "分之", "百分之", "成", "倍", "个", "家", "元", "人民币",
        "美元", "平方米", "年", "月", "日", "季度", "前", "第", "截至", "底", "以来", "同期", "增长", "下降", "超过", "近",
        "以上", "左右", "至", "自", "今年", "去年", "全省", "全国", "占", "其中", "提问：", "？", "《", "》", "跨境电商",
        "进出口", "浙江", "32", "13", "G", "〔", "了", "已", "5年", "\n"};

    @RepeatedTest(200)
    void neverThrows(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());   // reproducible: seed = repetition
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        Article a = TestArticles.of(LocalDate.of(2024, 2, 29), sb.toString().split("\n"));
        assertDoesNotThrow(() -> new IndicatorExtractor().extract(a, HandUpstream.of(a)), sb::toString);
    }
}
