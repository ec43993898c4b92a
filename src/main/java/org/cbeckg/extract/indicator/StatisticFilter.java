package org.cbeckg.extract.indicator;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.lang.number.Quantity;
import org.cbeckg.model.Unit;

/**
 * Tells statistics from other numbers with units: batch counts ({@code 六批}, {@code 前五批}), selections
 * ({@code 前10名}), list announcements ({@code 主要有三个特点：}), Chinese-numeral counts below ten, which are
 * articles ({@code 一项对外开放战略}, {@code 一批企业}) unless they close an enumeration ({@code 金华、义乌两个}),
 * and thresholds ({@code 营收超过5亿元的企业}, {@code 单笔货值在2000元以下}, {@code 两市均突破500亿元}).
 *
 * <pre>{@code
 * boolean keep = StatisticFilter.isStatistic(quantity, clauseHead, clauseTail, clauseEnd)
 *         && !StatisticFilter.isThreshold(quantity, clauseHead, sentenceAfter);
 * }</pre>
 */
public final class StatisticFilter {

    private static final Lexicon LEXICON = Lexicon.of("statistic-filter");

    private static final Pattern LIST_NOUN = LEXICON.pattern("list-noun");
    /** 推出20条措施: a count of measures issued, not a list announced. */
    private static final Pattern ISSUED = LEXICON.pattern("issued");
    /** 6个多月, 3个月: a span of time. */
    private static final Pattern DURATION_TAIL = LEXICON.pattern("duration-tail");
    /** 甲、乙两个综试区进出口额分别为…: a pair restated as a subject. */
    private static final Pattern RESTATED_SUBJECT = LEXICON.pattern("restated-subject");

    /** An attribute of a unit, then a bound (年交易额超过, 员工人数在, 单票金额在人民币): a cut-off, when a noun follows. */
    private static final Pattern BOUNDED_ATTRIBUTE = LEXICON.pattern("bounded-attribute");
    /** What ends a modifier: an optional (含) and 以上/以下, then 的 and the noun it qualifies. */
    private static final Pattern MODIFIER_END = LEXICON.pattern("modifier-end");
    /** The value of one consignment or deal (单票金额, 单笔交易额): a rule's limit, not an aggregate. */
    private static final Pattern PER_ITEM = LEXICON.pattern("per-item");
    /** Several things each above a bound (三市均超过千亿元): a bound, not a figure of any one of them. */
    private static final Pattern EACH_ABOVE = LEXICON.pattern("each-above");
    /** 给予最高500万元资助: the most a scheme grants. */
    private static final Pattern CAP = LEXICON.pattern("cap");
    /** 突破千亿元大关: a round mark passed. */
    private static final Pattern MILESTONE = LEXICON.pattern("milestone");

    private StatisticFilter() {
    }

    /**
     * A cut-off rather than a figure: an amount, count or area bounding an attribute in a modifier
     * ({@code 年交易额超过1亿元的企业}, {@code 货值在5000元（含）以下的}), a per-consignment limit ({@code 单票金额超过
     * 人民币5000元}), a bound several things each pass ({@code 均超过千亿元}), the most a scheme grants ({@code 给予最高
     * 500万元资助}) or a round mark passed ({@code 突破千亿元大关}). Shares are never cut-offs:
     * {@code 超过三分之二的企业} counts firms.
     *
     * @param head  the clause before the figure
     * @param after the sentence after the figure
     */
    public static boolean isThreshold(Quantity q, String head, String after) {
        Unit u = q.unit();
        if (u == Unit.PERCENT || u == Unit.PERCENTAGE_POINT || u == Unit.RATIO) {
            return false;
        }
        boolean money = u == null || u == Unit.CNY || u == Unit.USD;
        return BOUNDED_ATTRIBUTE.matcher(head).find() && MODIFIER_END.matcher(after).find()
                || money && PER_ITEM.matcher(head).find()
                || EACH_ABOVE.matcher(head).find()
                || money && CAP.matcher(head).find()
                || MILESTONE.matcher(after).lookingAt();
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
        if (count && DURATION_TAIL.matcher(tail).lookingAt()) {
            return false;
        }
        boolean listed = LIST_NOUN.matcher(tail).find() && !ISSUED.matcher(head).find();
        if (count && (head.endsWith("前") || clauseEnd == '：' || clauseEnd == ':' || listed)) {
            return false;
        }
        boolean small = count && q.chineseDigits() && q.value().compareTo(BigDecimal.TEN) < 0;
        boolean restated = small && head.indexOf('、') >= 0 && RESTATED_SUBJECT.matcher(tail).lookingAt();
        return !(small && isSmallArticle(q, head) || restated);
    }

    private static boolean isSmallArticle(Quantity q, String head) {
        boolean small = q.value().compareTo(BigDecimal.TEN) < 0;
        return small && (q.value().compareTo(BigDecimal.ONE) == 0 || head.indexOf('、') < 0);
    }
}
