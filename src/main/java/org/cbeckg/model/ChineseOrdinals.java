package org.cbeckg.model;

/** Writes small whole numbers in Chinese numerals (6 → 六, 12 → 十二, 21 → 二十一) for labels like 第六批. */
public final class ChineseOrdinals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseOrdinals() {
    }

    public static String of(int n) {
        if (n < 0 || n > 99) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十"
                + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }
}
