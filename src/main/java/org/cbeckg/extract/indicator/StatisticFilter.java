package org.cbeckg.extract.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.cbeckg.extract.Period;
import org.cbeckg.extract.Unit;
import org.cbeckg.extract.number.Quantity;

/**
 * Tells statistics from other numbers with units: targets and forecasts ({@code 力争到2025年…突破1500亿元},
 * {@code 预计全年增长5%}), batch counts ({@code 六批}, {@code 前五批}), selections
 * ({@code 前10名}), list announcements ({@code 主要有三个特点：}), and Chinese-numeral counts below ten, which are
 * articles ({@code 一项对外开放战略}, {@code 一批企业}) unless they close an enumeration ({@code 金华、义乌两个}).
 *
 * <pre>{@code
 * boolean keep = StatisticFilter.isStatistic(quantity, clauseHead, clauseTail);
 * }</pre>
 */
public final class StatisticFilter {

    private static final Pattern LIST_NOUN = Pattern.compile("^(?:特点|方面|亮点|变化|趋势|问题|原则|举措|措施|任务|目标"
            + "|环节|层面|维度|阶段|步骤|重点|意义|作用|优势|难点|痛点|要求|途径|路径|“|\")");

    /** Words that make a clause a goal or a forecast rather than a record. */
    private static final Pattern TARGET = Pattern.compile("力争|争取|目标[是为到]|[计规]划到|预计|预期|有望|将达");

    private StatisticFilter() {
    }

    /** A target or forecast: its sentence so far has a goal word, or its period starts after publication. */
    public static boolean isTarget(String sentenceHead, Period period, LocalDate published) {
        boolean future = period != null && published != null && period.start().isAfter(published);
        return future || TARGET.matcher(sentenceHead).find();
    }

    /**
     * @param head   the clause before the figure
     * @param tail   the clause after the figure
     * @param clauseEnd the character that ends the clause, or 0 at the end of the text
     */
    public static boolean isStatistic(Quantity q, String head, String tail, char clauseEnd) {
        if (q.value().signum() == 0 || q.unitWord().equals("批")) {
            return false;
        }
        boolean count = q.unit() == Unit.COUNT;
        if (count && (head.endsWith("前") || clauseEnd == '：' || clauseEnd == ':' || LIST_NOUN.matcher(tail).find())) {
            return false;
        }
        return !(count && q.chineseDigits() && isSmallArticle(q, head));
    }

    private static boolean isSmallArticle(Quantity q, String head) {
        boolean small = q.value().compareTo(BigDecimal.TEN) < 0;
        return small && (q.value().compareTo(BigDecimal.ONE) == 0 || head.indexOf('、') < 0);
    }
}
