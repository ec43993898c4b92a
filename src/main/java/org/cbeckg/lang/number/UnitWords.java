package org.cbeckg.lang.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.model.Unit;

/**
 * The unit words that may follow a number, longest first, so 元人民币 wins over 元 and 个百分点 over 个.
 *
 * <pre>{@code
 * UnitWords.at("1600万平方米", 5);   // UnitWord[平方米, SQUARE_METRE, 1]
 * }</pre>
 */
public final class UnitWords {

    private static final Lexicon LEXICON = Lexicon.of("unit-words");

    private static final List<UnitWord> WORDS = catalogue();

    /** After these, 成 is part of a word (成为, 成立, 成果), not "tenths". */
    private static final String NOT_TENTHS = LEXICON.text("not-tenths");

    private UnitWords() {
    }

    /** The unit word starting at {@code at}, if any; context rules keep 个月 and 成为 out. */
    public static Optional<UnitWord> at(CharSequence text, int at) {
        for (UnitWord w : WORDS) {
            if (startsWith(text, at, w.word()) && fits(text, at + w.word().length(), w)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    private static boolean fits(CharSequence text, int after, UnitWord w) {
        char next = after < text.length() ? text.charAt(after) : ' ';
        return switch (w.word()) {
            case "个" -> next != '月';                          // 5个月 is a duration
            case "成" -> NOT_TENTHS.indexOf(next) < 0;
            case "人" -> next != '民' || !startsWith(text, after, "民币");
            case "位" -> !isAsciiLetter(next) && next != '数' && !startsWith(text, after, "编码"); // 6位HS编码: a length
            case "列" -> next != '为' && next != '入';           // 逾二百列 (trains), not 列为/列入
            default -> true;
        };
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    static boolean startsWith(CharSequence text, int at, String word) {
        if (at < 0 || at + word.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (text.charAt(at + i) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static List<UnitWord> catalogue() {
        List<UnitWord> w = new ArrayList<>();
        for (String s : List.of("元人民币", "人民币", "元")) {
            w.add(UnitWord.of(s, Unit.CNY));
        }
        w.add(UnitWord.of("美元", Unit.USD));
        w.add(UnitWord.of("个百分点", Unit.PERCENTAGE_POINT));
        w.add(UnitWord.of("百分点", Unit.PERCENTAGE_POINT));
        w.add(UnitWord.of("%", Unit.PERCENT));
        w.add(UnitWord.of("％", Unit.PERCENT));
        w.add(new UnitWord("成", Unit.RATIO, new BigDecimal("0.1")));     // tenths, read as 分之 is
        w.add(new UnitWord("平方公里", Unit.SQUARE_METRE, BigDecimal.valueOf(1_000_000)));
        w.add(new UnitWord("平方千米", Unit.SQUARE_METRE, BigDecimal.valueOf(1_000_000)));
        for (String s : List.of("平方米", "平米", "㎡")) {
            w.add(UnitWord.of(s, Unit.SQUARE_METRE));
        }
        w.add(UnitWord.of("倍", Unit.TIMES));
        // Counters: the project scores every one of these as a count (the brief's list, plus common ones; 市 as in
        // 全省16市, the short form of 16个市; 列 for freight trains, 开行中欧班列120列).
        for (String s : List.of("人次", "个", "家", "项", "次", "批", "件", "单", "人", "吨", "座", "所", "条",
                "种", "名", "户", "笔", "票", "场", "款", "位", "辆", "艘", "架", "台", "套", "市",
                "列")) {
            w.add(UnitWord.of(s, Unit.COUNT));
        }
        // Units outside the scheme: a figure in them is dropped rather than misread as yuan or a count.
        for (String s : List.of("欧元", "港元", "港币", "日元", "英镑", "韩元", "卢布", "公里", "千米", "米",
                "公斤", "千克", "克", "小时", "分钟", "立方米", "标箱", "千瓦时", "千瓦", "亩", "岁", "天", "周",
                "年", "月", "日", "号", "季度")) {
            w.add(UnitWord.of(s, null));
        }
        w.sort(Comparator.comparingInt((UnitWord u) -> u.word().length()).reversed());
        return List.copyOf(w);
    }
}
