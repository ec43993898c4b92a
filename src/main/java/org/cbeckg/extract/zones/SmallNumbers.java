package org.cbeckg.extract.zones;

import java.util.Optional;

import org.cbeckg.lang.lexicon.Lexicon;

/**
 * Parses the small whole numbers that count batches and zones, written in digits or Chinese numerals:
 * {@code 27}, {@code 六}, {@code 二十七}, {@code 一百三十二}, {@code 两}. Not a general number parser (no 万, decimals or
 * fractions): the figures extractor owns those.
 *
 * <pre>{@code
 * SmallNumbers.parse("二十七"); // Optional[27]
 * }</pre>
 */
public final class SmallNumbers {

    private static final Lexicon LEXICON = Lexicon.of("small-numbers");


    private static final String DIGITS = LEXICON.text("digits");

    private SmallNumbers() {
    }

    public static Optional<Integer> parse(String s) {
        if (s == null || s.isEmpty()) {
            return Optional.empty();
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return s.length() > 9 ? Optional.empty() : Optional.of(Integer.parseInt(s));
        }
        return chinese(s.replace('两', '二').replace('〇', '零'));
    }

    private static Optional<Integer> chinese(String s) {
        int total = 0;
        int digit = -1;
        for (char c : s.toCharArray()) {
            int d = DIGITS.indexOf(c);
            int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
            if (d >= 0) {
                digit = d;
            } else if (unit > 0) {
                total += (digit < 0 ? 1 : digit) * unit; // 十二: a bare 十 is one ten
                digit = -1;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(total + Math.max(digit, 0));
    }
}
