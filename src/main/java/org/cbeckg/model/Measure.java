package org.cbeckg.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A measure of the vocabulary: its canonical labels, the kind of unit it is counted in, whether it belongs to
 * cross-border e-commerce, and the cue words that name it in text.
 *
 * @param labelZh  canonical Chinese label ({@code 跨境电商进出口额})
 * @param labelEn  English label
 * @param unit     {@code money}, {@code count}, {@code square_metre}, {@code percent}, {@code ratio} or {@code times}
 * @param cbec     only for text about cross-border e-commerce
 * @param cues     alternatives; each is a list of patterns that must all occur
 */
public record Measure(String labelZh, String labelEn, String unit, boolean cbec, List<List<Pattern>> cues) {
    public Measure {
        Objects.requireNonNull(labelZh);
        Objects.requireNonNull(labelEn);
        Objects.requireNonNull(unit);
        cues = cues.stream().map(List::copyOf).toList();
    }

    /** A measure made up from the text when the vocabulary has none. */
    public static Measure named(String labelZh) {
        return new Measure(labelZh, "", "", false, List.of());
    }

    /** Money measures take CNY and USD; a bare 1.92万亿 (null) fits money and counts. */
    public boolean accepts(Unit u) {
        if (u == null) {
            return unit.equals("money") || unit.equals("count");
        }
        return switch (u) {
            case CNY, USD -> unit.equals("money");
            case COUNT, TONNE, PERSON -> unit.equals("count");
            default -> unit.equals(u.code());
        };
    }

    /** The unit a bare number with a multiplier takes under this measure. */
    public Unit unitForBareNumber() {
        return unit.equals("money") ? Unit.CNY : Unit.COUNT;
    }

    /**
     * Whether it counts what one approval sets up (新设跨境电商综试区数量): a flow of the approval's year, never a stock
     * at a date.
     */
    public boolean isApprovalCount() {
        return labelZh.startsWith("新设");
    }

    /** The label without a trailing 额/总额/金额, for derived labels: 跨境电商进出口额 → 跨境电商进出口. */
    public String stem() {
        return labelZh.replaceFirst("(总额|金额|额|数量)$", "");
    }
}
