package org.cbeckg.model;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A base measure of the vocabulary ({@code measures/measures.tsv}): what a figure counts or values before any
 * derivation, scope or outlook. Its labels may hold one slot where channel and flow scopes go:
 * {@code 跨境电商{进出口}额} reads 跨境电商进出口额 alone and 跨境电商B2B出口额 narrowed to B2B exports.
 *
 * @param slug     stable IRI segment ({@code cbec-trade-value}); never changes once published
 * @param zh       Chinese label, possibly with a {@code {slot}}
 * @param en       English label, with a slot where the Chinese one has it
 * @param unit     {@code money}, {@code count}, {@code square_metre}, {@code percent}, {@code ratio} or {@code times}
 * @param broader  a wider base measure (新设综试区数量 → 综试区数量), or null
 */
public record Measure(String slug, String zh, String en, String unit, Measure broader) {

    /** The slug of the count of zones an approval sets up, which the indicator extractor dates by the approval. */
    public static final String APPROVED_ZONES = "cbec-pilot-zones-approved";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern SLOT = Pattern.compile("\\{([^{}]*)}");

    public Measure {
        Objects.requireNonNull(zh);
        Objects.requireNonNull(en);
        Objects.requireNonNull(unit);
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("a measure slug is lower-case ASCII words joined by '-': " + slug);
        }
        if (SLOT.matcher(zh).find() != SLOT.matcher(en).find()) {
            throw new IllegalArgumentException("both labels of " + slug + " need a slot, or neither");
        }
    }

    /** Whether channel and flow scopes (B2B, 出口) can narrow it: its labels have a slot for their words. */
    public boolean hasSlot() {
        return SLOT.matcher(zh).find();
    }

    /** The Chinese label with the slot read as written in the vocabulary: 跨境电商进出口额. */
    public String labelZh() {
        return fillZh(null);
    }

    public String labelEn() {
        return fillEn(null);
    }

    /** The Chinese label with {@code words} in the slot, or the slot's own text when null. */
    public String fillZh(String words) {
        return fill(zh, words, "");
    }

    /** The English label with {@code words} in the slot; an empty slot takes them with a space after. */
    public String fillEn(String words) {
        return fill(en, words, " ");
    }

    private static String fill(String label, String words, String afterEmptySlot) {
        Matcher m = SLOT.matcher(label);
        if (!m.find()) {
            return label;
        }
        String text = words == null ? m.group(1) : m.group(1).isEmpty() ? words + afterEmptySlot : words;
        return label.substring(0, m.start()) + text + label.substring(m.end());
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
        return slug.equals(APPROVED_ZONES);
    }

    /** Whether it counts the pilot zones themselves, so that a 综试区 actor adds nothing to it. */
    public boolean isAboutZones() {
        return labelZh().contains("综试区") || labelZh().contains("试验区");
    }

    @Override
    public String toString() {
        return slug;
    }
}
